import type { Q } from './queries.js';

export interface HistoryEntry { at: string; action: string; user: string | null; before: unknown; after: unknown }

/** The audit trail of one record, newest first, with the acting user's display name. */
export async function loadHistory(db: Q, entityType: string, entityId: string, limit = 100): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'audit_log.action', 'users.display_name', 'audit_log.before', 'audit_log.after'])
    .where('entity_type', '=', entityType).where('entity_id', '=', entityId)
    .orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, user: r.display_name, before: r.before, after: r.after }));
}

import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export const AUDIT_ACTIONS = ['create', 'update', 'retire', 'restore', 'delete'] as const;
export type AuditAction = typeof AUDIT_ACTIONS[number];

export interface AuditEntry {
  userId: number | null;
  entityType: string;
  entityId: string | number;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

let written = 0;

/**
 * How many audit rows this process has written (counted when written, before their commit).
 * Read models built from the audit log compare it to tell that nothing new can have appeared.
 */
export function auditWrites(): number {
  return written;
}

/** Written by commands inside their own transaction, so a change and its record land together. */
export async function audit(tx: Transaction<Database>, entry: AuditEntry): Promise<void> {
  written++;
  await tx.insertInto('audit_log').values({
    at: new Date(),
    user_id: entry.userId,
    entity_type: entry.entityType,
    entity_id: String(entry.entityId),
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  }).execute();
}

export interface HistoryEntry { at: string; action: string; user: string | null; before: unknown; after: unknown }

/** The audit trail of one record, newest first, with the acting user's display name. */
export async function loadHistory(db: Kysely<Database>, entityType: string, entityId: string, limit: number): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'audit_log.action', 'users.display_name', 'audit_log.before', 'audit_log.after'])
    .where('entity_type', '=', entityType).where('entity_id', '=', entityId)
    .orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ at: r.at.toISOString(), action: r.action, user: r.display_name, before: r.before, after: r.after }));
}

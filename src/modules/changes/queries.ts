import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { invalid } from '../../plugins/errors.js';
import { encodeCursor, type CursorKey } from '../../web/cursor.js';
import { CHANGE_SOURCES, SNAPSHOT_TYPES, sourceByAuditType, type ChangeSource } from './sources.js';

export type ChangeKind = 'created' | 'updated' | 'deleted';
export interface Change {
  cursor: string; change: ChangeKind; type: string; id: string; at: Date;
}
export interface ChangesPage { items: Change[]; next: string | null; hasMore: boolean }

interface AuditRow {
  id: string | number; tx: string; at: Date | string; entity_type: string; entity_id: string; action: string;
  before: unknown; after: unknown;
}
interface Found { state: 'public' | 'withdrawn'; uriId: string }

/** How many audit rows one request may look at, so a long run of private changes cannot stall a reader. */
const SCAN_BUDGET = 5000;
const BATCH = 500;

/** The position of an audit row in the feed: (transaction, id), see migration 0027. */
export function changeCursor(tx: string, id: string | number): string {
  return encodeCursor([tx, Number(id)]);
}

/** The records behind these audit ids as they are now: public, withdrawn, or (absent) neither. */
async function statesOf(db: Db, source: ChangeSource, ids: string[]): Promise<Map<string, Found>> {
  const states = new Map<string, Found>();
  for (const key of source.keys) {
    const { rows } = await sql<{ key: string; uri_id: string; public: boolean; withdrawn: boolean }>`
      select ${sql.raw(key)} as key, ${sql.raw(source.uriId)} as uri_id,
        (${sql.raw(source.publicWhen)}) as public, (${sql.raw(source.withdrawnWhen)}) as withdrawn
      from ${sql.raw(source.from)}
      where ${sql.raw(key)} in (${sql.join(ids)})`.execute(db);
    for (const row of rows) {
      if (row.public) states.set(row.key, { state: 'public', uriId: row.uri_id });
      else if (row.withdrawn) states.set(row.key, { state: 'withdrawn', uriId: row.uri_id });
    }
  }
  return states;
}

const snapshotField = (snapshot: unknown, field: string): unknown =>
  snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>)[field] : undefined;

/** An update whose snapshots show no change to a public field changed only private data. */
function privateEdit(row: AuditRow, source: ChangeSource): boolean {
  if (!source.publicFields || row.action !== 'update' || !row.before || !row.after) return false;
  return source.publicFields.every((field) => JSON.stringify(snapshotField(row.before, field)) === JSON.stringify(snapshotField(row.after, field)));
}

/**
 * What a partner may learn from one audit row, judged by the record as it is now:
 * - public now: the change, whatever it was (an edit made while it was a draft appears once it is public);
 * - withdrawn: only the retirement or deletion, as 'deleted';
 * - gone, or never public: nothing, except a deletion where every record of the type is public.
 */
function classify(row: AuditRow, source: ChangeSource, found: Found | undefined): { kind: ChangeKind; uriId: string } | null {
  const removal = row.action === 'retire' || row.action === 'delete';
  if (found?.state === 'public') {
    if (privateEdit(row, source)) return null;
    return { kind: removal ? 'deleted' : row.action === 'create' || row.action === 'restore' ? 'created' : 'updated', uriId: found.uriId };
  }
  if (found?.state === 'withdrawn') return removal ? { kind: 'deleted', uriId: found.uriId } : null;
  const deleted = row.action === 'delete' ? source.deletedUriId?.(row.before) ?? null : null;
  return deleted === null ? null : { kind: 'deleted', uriId: deleted };
}

async function scan(db: Db, after: CursorKey | null, limit: number) {
  const types = CHANGE_SOURCES.map((source) => source.auditType);
  // Transactions older than every running one are finished: no row of theirs can still appear.
  const position = after ? sql`and (a.tx, a.id) > (${String(after[0])}::xid8, ${Number(after[1])})` : sql``;
  const { rows } = await sql<AuditRow>`
    select a.id, a.tx::text as tx, a.at, a.entity_type, a.entity_id, a.action,
      case when a.entity_type in (${sql.join(SNAPSHOT_TYPES)}) then a.before end as before,
      case when a.entity_type in (${sql.join(SNAPSHOT_TYPES)}) then a.after end as after
    from audit_log a
    where a.entity_type in (${sql.join(types)})
      and a.tx < pg_snapshot_xmin(pg_current_snapshot())
      ${position}
    order by a.tx, a.id
    limit ${limit}`.execute(db);
  return rows;
}

/** Rejects a cursor from another history (a database restored from an older backup or a fresh one). */
async function checkCursorBelongs(db: Db, after: CursorKey): Promise<void> {
  const { rows } = await sql<{ ahead: boolean }>`
    select ${String(after[0])}::xid8 >= pg_snapshot_xmax(pg_current_snapshot()) as ahead`.execute(db);
  if (rows[0]?.ahead) {
    throw invalid([{ field: 'querystring.since', message: 'belongs to another history of this database; synchronise again from the start', code: 'cursor' }]);
  }
}

/** Public changes after `after`, oldest first, at most `limit`. */
export async function readChanges(db: Db, after: CursorKey | null, since: string | null, limit: number): Promise<ChangesPage> {
  if (after) {
    if (!/^\d{1,20}$/.test(String(after[0]))) {
      throw invalid([{ field: 'querystring.since', message: 'is not a cursor this API gave out; start again without it', code: 'cursor' }]);
    }
    await checkCursorBelongs(db, after);
  }
  const items: Change[] = [];
  let position = after;
  let next = since;
  let scanned = 0;
  for (;;) {
    const rows = await scan(db, position, BATCH);
    const states = new Map<string, Map<string, Found>>();
    for (const source of CHANGE_SOURCES) {
      const ids = [...new Set(rows.filter((r) => r.entity_type === source.auditType).map((r) => r.entity_id))];
      if (ids.length) states.set(source.auditType, await statesOf(db, source, ids));
    }
    for (const row of rows) {
      const source = sourceByAuditType.get(row.entity_type)!;
      const change = classify(row, source, states.get(source.auditType)?.get(row.entity_id));
      position = [row.tx, Number(row.id)];
      next = changeCursor(row.tx, row.id);
      scanned++;
      if (change) {
        items.push({ cursor: next, change: change.kind, type: source.uriType, id: change.uriId, at: new Date(row.at) });
        if (items.length === limit) return { items, next, hasMore: true };
      }
    }
    if (rows.length < BATCH) return { items, next, hasMore: false };
    if (scanned >= SCAN_BUDGET) return { items, next, hasMore: true };
  }
}

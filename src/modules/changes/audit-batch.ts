import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface AuditBatchRow {
  tx: string; id: number; at: number; entityType: string; action: string; entityId: string;
  before: unknown; after: unknown;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * Up to `limit` audit rows of these types after `position` and before transaction `below`, in
 * feed order. Snapshots are read only for the types that need them, and only for updates and
 * deletions.
 *
 * PGlite decodes every field of every row on its own, which made a million rows take seven
 * seconds of the event loop; joined into one text per batch they take about one. An entity id
 * holding a separator would split wrongly: the count tells, and that batch is read row by row.
 */
export async function readAuditBatch(
  db: Db, types: readonly string[], snapshotTypes: readonly string[], below: string, position: readonly [number, number] | null, limit: number,
): Promise<AuditBatchRow[]> {
  const after = position ? sql`and (a.tx, a.id) > (${String(position[0])}::xid8, ${position[1]})` : sql``;
  const snapshots = snapshotTypes.length ? sql`a.entity_type in (${sql.join(snapshotTypes)})` : sql`false`;
  const batch = sql`
    select a.id, a.tx, a.at, a.entity_type, a.action, a.entity_id,
      case when ${snapshots} and a.action in ('update', 'delete') then a.before end as before,
      case when ${snapshots} and a.action = 'update' then a.after end as after
    from audit_log a
    where a.entity_type in (${sql.join(types)}) and a.tx < ${below}::xid8 ${after}
    order by a.tx, a.id
    limit ${limit}`;
  const { rows: [joined] } = await sql<{ n: number; text: string | null }>`
    select count(*)::int as n, string_agg(
      b.tx::text || ${FIELD} || b.id || ${FIELD} || (extract(epoch from b.at) * 1000)::bigint || ${FIELD} || b.entity_type || ${FIELD} || b.action
        || ${FIELD} || coalesce(b.before::text, '') || ${FIELD} || coalesce(b.after::text, '') || ${FIELD} || b.entity_id,
      ${RECORD} order by b.tx, b.id) as text
    from (${batch}) b`.execute(db);
  if (!joined || joined.n === 0 || joined.text === null) return [];
  const rows: AuditBatchRow[] = [];
  for (const record of joined.text.split(RECORD)) {
    const fields = record.split(FIELD);
    if (fields.length < 8) break;
    const [tx, id, at, entityType, action, before, after] = fields as [string, string, string, string, string, string, string];
    rows.push({
      tx, id: Number(id), at: Number(at), entityType, action, entityId: fields.slice(7).join(FIELD),
      before: before ? JSON.parse(before) as unknown : null, after: after ? JSON.parse(after) as unknown : null,
    });
  }
  if (rows.length === joined.n) return rows;
  const { rows: plain } = await sql<{ id: number; tx: string; at: Date | string; entity_type: string; action: string; entity_id: string; before: unknown; after: unknown }>`
    select b.id, b.tx::text as tx, b.at, b.entity_type, b.action, b.entity_id, b.before, b.after from (${batch}) b order by b.tx, b.id`.execute(db);
  return plain.map((row) => ({
    tx: row.tx, id: Number(row.id), at: new Date(row.at).getTime(), entityType: row.entity_type, action: row.action, entityId: row.entity_id,
    before: typeof row.before === 'string' ? JSON.parse(row.before) as unknown : row.before,
    after: typeof row.after === 'string' ? JSON.parse(row.after) as unknown : row.after,
  }));
}

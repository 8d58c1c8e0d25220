import { ident, type Session } from './session.js';

/** Beyond this gap the catch-up would take too long; the restore says so instead. */
const MAX_CATCH_UP = 20_000_000;
const CHUNK = 1_000_000;

export interface TransactionIdCatchUp { highest: string | null; advancedBy: number; tooFar: boolean }

/**
 * Columns of type xid8 (the audit log records the transaction that wrote each row, for the
 * changes feed) hold transaction ids of the source. A fresh target starts its own count lower:
 * restored rows would then look as if written by transactions still to come, stay hidden from
 * the feed, and sort after rows written later. After a restore the target's transaction
 * counter is moved past the highest restored id, one empty committed transaction per id, in
 * the server (a few seconds per 100,000 ids).
 */
export async function catchUpTransactionIds(s: Session): Promise<TransactionIdCatchUp> {
  const columns = await s.query<{ table: string; column: string }>(`select c.relname as table, a.attname as column from pg_attribute a
    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.atttypid = 'xid8'::regtype`);
  let highest: bigint | null = null;
  for (const { table, column } of columns) {
    const [row] = await s.query<{ m: string | null }>(`select max(${ident(column)})::text as m from public.${ident(table)}`);
    if (row?.m && (highest === null || BigInt(row.m) > highest)) highest = BigInt(row.m);
  }
  if (highest === null) return { highest: null, advancedBy: 0, tooFar: false };
  const [now] = await s.query<{ x: string }>('select pg_current_xact_id()::text as x');
  const gap = highest + 1n - BigInt(now!.x);
  if (gap <= 0n) return { highest: String(highest), advancedBy: 0, tooFar: false };
  if (gap > BigInt(MAX_CATCH_UP)) return { highest: String(highest), advancedBy: 0, tooFar: true };
  await s.exec('set synchronous_commit = off');
  // Each COMMIT inside the block ends a transaction that took an id: the only way to move the counter from SQL.
  for (let left = Number(gap); left > 0; left -= CHUNK) {
    await s.exec(`do $$ begin for i in 1..${Math.min(CHUNK, left)} loop perform pg_current_xact_id(); commit; end loop; end $$`);
  }
  await s.exec('reset synchronous_commit');
  return { highest: String(highest), advancedBy: Number(gap), tooFar: false };
}

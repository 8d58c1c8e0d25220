import { sql, type Kysely } from 'kysely';

/** Per table: row count and the newest transaction that wrote one of its rows. */
export type Fingerprint = Map<string, string>;

/**
 * A cheap fingerprint of every table, in one query: the row count and the highest transaction id
 * (xmin) among the rows. Every committed insert or update leaves rows with a newer xmin, and a
 * delete lowers the count (a delete with an insert does both), so any committed change shows;
 * a rolled-back transaction leaves no visible rows at all. Hashing every row's text would say the
 * same at three times the cost, and this runs after every refused write. Sequences, which a
 * rolled-back insert advances, are not data and are left out.
 */
export async function fingerprint(db: Kysely<any>): Promise<Fingerprint> {
  const tables = await tableNames(db);
  const parts = tables.map((t) => `select '${t}' as t, count(*)::text || ':' || coalesce(max(x.xmin::text::bigint), 0)::text as f from "${t}" x`);
  const { rows } = await sql.raw<{ t: string; f: string }>(parts.join(' union all ')).execute(db);
  return new Map(rows.map((r) => [r.t, r.f]));
}

/**
 * Bookkeeping that any request of a logged-in person may write, refused or not: the session
 * itself and when it was last used (idle expiry). No user data lives there; the tests also
 * open sessions between requests.
 */
export const BOOKKEEPING_TABLES = new Set(['sessions', 'session_activity']);

/**
 * Tables a refused request writes on purpose, each with the reason. Anything else a refused
 * request changes is a half-written record.
 */
export const RECORDED_REFUSALS: Record<string, string> = {
  login_throttles: 'a failed login is counted, so that guessing passwords slows down (backoff)',
  measurement_imports: 'the import log keeps a refused upload with its refused rows for the transition team; no measurement is written',
};

const cache = new WeakMap<object, string[]>();
async function tableNames(db: Kysely<any>): Promise<string[]> {
  let names = cache.get(db);
  if (!names) {
    const { rows } = await sql<{ table_name: string }>`select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
    names = rows.map((r) => r.table_name).filter((n) => /^[a-z_][a-z0-9_]*$/.test(n) && !BOOKKEEPING_TABLES.has(n));
    cache.set(db, names);
  }
  return names;
}

/** The tables whose fingerprint differs, other than those that record refusals on purpose. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n) && !(n in RECORDED_REFUSALS)).sort();
}

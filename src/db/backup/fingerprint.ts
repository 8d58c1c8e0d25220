import { listTables, storedColumns } from './catalog.js';
import { ident, type Session } from './session.js';

export interface TableFingerprint { rows: number; md5: string }

/**
 * A fingerprint of every table: its row count and an md5 over its rows' text in a fixed order,
 * with timestamps in UTC, so that two databases compare row by row whatever their engine or
 * time zone. Generated columns are derived from the others and left out, as in a backup.
 */
export async function tableFingerprints(s: Session): Promise<Record<string, TableFingerprint>> {
  await s.exec('begin isolation level repeatable read read only');
  try {
    await s.exec(`set local timezone = 'UTC'`);
    const out: Record<string, TableFingerprint> = {};
    for (const table of await listTables(s)) {
      const columns = (await storedColumns(s, table)).map(ident).join(', ');
      const [row] = await s.query<{ rows: number; md5: string | null }>(`select count(*)::int as rows, md5(string_agg(j, E'\\n' order by j)) as md5
        from (select row_to_json(r)::text as j from (select ${columns} from public.${ident(table)}) r) x`);
      out[table] = { rows: row!.rows, md5: row!.md5 ?? '' };
    }
    await s.exec('commit');
    return out;
  } catch (err) {
    await s.exec('rollback').catch(() => {});
    throw err;
  }
}

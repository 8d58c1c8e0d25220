import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ChangeSource } from './sources.js';

/** A record as it is now: public, or withdrawn after having been public (its URI id either way). */
export interface Found { state: 'public' | 'withdrawn'; uriId: string }

/** The records behind these audit entity ids as they are now; an id that is neither is absent. */
export async function statesOf(db: Db, source: ChangeSource, ids: readonly string[]): Promise<Map<string, Found>> {
  const states = new Map<string, Found>();
  for (const key of source.keys) {
    const where = key.where(ids);
    if (!where) continue;
    const { rows } = await sql<{ key: string; uri_id: string; public: boolean; withdrawn: boolean }>`
      select ${sql.raw(key.select)} as key, ${sql.raw(source.uriId)} as uri_id,
        (${sql.raw(source.publicWhen)}) as public, (${sql.raw(source.withdrawnWhen)}) as withdrawn
      from ${sql.raw(source.from)}
      where ${where}`.execute(db);
    for (const row of rows) {
      if (row.public) states.set(row.key, { state: 'public', uriId: row.uri_id });
      else if (row.withdrawn) states.set(row.key, { state: 'withdrawn', uriId: row.uri_id });
    }
  }
  return states;
}

import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * The feed lists a row only once every transaction that began before it has ended. On a
 * PostgreSQL server shared with other test files, their open transactions (in any database)
 * hold it back for a while: this waits until every committed audit row is behind that horizon.
 */
export async function feedSettled(db: Db): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { rows } = await sql<{ done: boolean }>`
      select not exists (select 1 from audit_log where tx >= pg_snapshot_xmin(pg_current_snapshot())) as done`.execute(db);
    if (rows[0]?.done) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('other transactions held the changes feed back for more than 60 s');
}

import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { PGliteDialect } from './pglite-dialect.js';
import { lockDataDir } from './lock.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs a script of several statements (migrations, dumps). */
  execScript(script: string): Promise<void>;
  close(): Promise<void>;
}

// Same JavaScript types from both engines: counts and ids as numbers, numeric as number.
// Dates (without time) stay 'YYYY-MM-DD' strings: a calendar date has no time zone to shift.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
pg.types.setTypeParser(INT8, (v) => Number(v));
pg.types.setTypeParser(NUMERIC, (v) => Number(v));
pg.types.setTypeParser(DATE, (v) => v);

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder, or 'memory://' for a throw-away database. */
  dataDir?: string;
  /** A PGlite data folder dump to start from (tests clone a seeded template). */
  loadDataDir?: Blob | File;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover) must not bring the process down:
    // the pool drops it and opens a new one on the next query.
    pool.on('error', (err) => { console.error(`PostgreSQL connection lost: ${err.message}`); });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await sql`select 1`.execute(db);
    return {
      db,
      kind: 'postgres',
      async execScript(script) { await pool.query(script); },
      async close() { await db.destroy(); },
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  const unlock = dataDir.startsWith('memory://') ? () => {} : lockDataDir(dataDir);
  try {
    const client = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir, {
      parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v), [DATE]: (v: string) => v },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const dialect = new PGliteDialect(client);
    const db = new Kysely<Database>({ dialect });
    return {
      db,
      kind: 'pglite',
      async execScript(script) {
        // Through Kysely so the script waits its turn for the single PGlite session.
        await db.connection().execute(async () => {
          try {
            await client.exec(script);
          } finally {
            await dialect.forgetStatements();
          }
        });
      },
      async close() {
        await db.destroy();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

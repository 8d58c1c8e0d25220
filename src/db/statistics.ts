import { sql } from 'kysely';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { DatabaseHandle } from './database.js';

/**
 * The planner's statistics for the embedded database. PGlite runs PostgreSQL in single-user
 * mode, where autovacuum never runs, so tables are never analysed unless asked: after a large
 * load the planner keeps guessing from defaults (a per-organisation lookup among 200,000
 * assessments took 29 s on such a guess, 0.17 s after ANALYZE). So the embedded database is
 * analysed at start-up, and every `intervalMs` table by table with requests served in between.
 * A PostgreSQL server analyses itself (autovacuum): nothing is done there.
 */
export async function analyzeEmbedded(database: DatabaseHandle): Promise<boolean> {
  if (database.kind !== 'pglite') return false;
  await sql`analyze`.execute(database.db);
  return true;
}

export function keepStatistics(database: DatabaseHandle, intervalMs = 60 * 60 * 1000): { stop(): Promise<void> } {
  if (database.kind !== 'pglite') return { stop: async () => {} };
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const round = async () => {
    const { rows } = await sql<{ name: string }>`select quote_ident(schemaname) || '.' || quote_ident(relname) as name from pg_stat_user_tables order by relname`.execute(database.db);
    for (const { name } of rows) {
      if (stopped) return;
      await sql`analyze ${sql.raw(name)}`.execute(database.db);
      await yieldToRequests();
    }
  };
  const timer = setInterval(() => { running = running.then(round).catch(() => undefined); }, intervalMs);
  timer.unref();
  return { async stop() { stopped = true; clearInterval(timer); await running; } };
}

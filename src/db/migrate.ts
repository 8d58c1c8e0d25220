import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { paths } from '../paths.js';
import type { DatabaseHandle } from './database.js';

/**
 * Plain, ordered, forward-only migrations: every `NNNN_name.sql` file in src/db/migrations runs
 * once, in name order, in one transaction together with its bookkeeping row.
 */
export async function migrate(handle: DatabaseHandle, dir = paths.migrations): Promise<string[]> {
  await handle.execScript(`create table if not exists schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  )`);
  const applied = new Set(
    (await sql<{ name: string }>`select name from schema_migrations`.execute(handle.db)).rows.map((r) => r.name),
  );
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f)).sort();
  const ran: string[] = [];
  for (const file of files) {
    if (applied.has(file)) continue;
    const body = await readFile(join(dir, file), 'utf8');
    // One simple-protocol script runs as one implicit transaction on both engines.
    await handle.execScript(`${body}\n;insert into schema_migrations (name) values ('${file}');`);
    ran.push(file);
  }
  return ran;
}

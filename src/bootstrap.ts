import { randomBytes } from 'node:crypto';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrate } from './db/migrate.js';
import { analyzeEmbedded } from './db/statistics.js';
import { allSeedSets } from './seed/all.js';
import { runSeedSets } from './seed/seed-sets.js';
import { ensureFirstAdmin } from './modules/accounts/index.js';

export interface Bootstrapped {
  database: DatabaseHandle;
  config: Config;
  migrations: string[];
  seeded: boolean;
  /** The seed sets loaded on this start (none on a restart). */
  seedSets: string[];
  /** Set only on the start that created the first administrator. */
  firstAdmin: { email: string; password: string } | null;
}

/**
 * Opens the database, migrates, loads the study's seed data once, makes sure an admin exists and
 * (embedded database) gathers the planner's statistics (statistics.ts).
 */
export async function bootstrap(config: Config, options: { dataDir?: string } = {}): Promise<Bootstrapped> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: options.dataDir ?? config.dataDir });
  try {
    const migrations = await migrate(database);
    const seedSets = config.seed ? await runSeedSets(database.db, allSeedSets, { demo: config.demoData }) : [];
    const seeded = seedSets.length > 0;
    const secret = await persistentSecret(database, config);
    const firstAdmin = await ensureFirstAdmin(database.db);
    await analyzeEmbedded(database);
    return { database, config: { ...config, sessionSecret: secret }, migrations, seeded, seedSets, firstAdmin };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/**
 * Without SESSION_SECRET the secret is generated once and kept in the database, so that forms
 * opened before a restart still submit after it.
 */
async function persistentSecret(database: DatabaseHandle, config: Config): Promise<string> {
  if (process.env.SESSION_SECRET) return config.sessionSecret;
  const db = database.db;
  await db.insertInto('app_settings').values({ key: 'session_secret', value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('key').doNothing()).execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', 'session_secret').executeTakeFirstOrThrow();
  return row.value;
}

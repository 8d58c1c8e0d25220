import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { freshPostgres } from '../helpers/app.js';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { createSession } from '../../src/plugins/auth.js';
import type { Role } from '../../src/plugins/permissions.js';
import { allSeedSets } from '../../src/seed/all.js';
import { runSeedSets } from '../../src/seed/seed-sets.js';

const SECRET = 'ops-test-secret';

export interface OpsApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  as(role: Role): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * The platform on a given database (a PGlite data folder or a PostgreSQL URL) rather than an
 * in-memory one: backup and restore work on what a server leaves behind.
 */
export async function appOn(target: { dataDir?: string; databaseUrl?: string }, options: { seed?: boolean } = {}): Promise<OpsApp> {
  const database = await openDatabase(target.databaseUrl ? { databaseUrl: target.databaseUrl } : { dataDir: target.dataDir! });
  await migrate(database);
  if (options.seed) await runSeedSets(database.db, allSeedSets, { demo: true });
  const config: Config = {
    ...loadConfig({}), sessionSecret: SECRET, secureCookies: false, databaseUrl: target.databaseUrl,
    rateLimit: { perKeyPerMinute: 0, perAddressPerMinute: 0 },
  };
  const app = await buildApp({ config, database });
  await app.ready();
  let n = 0;
  return {
    app,
    database,
    async as(role) {
      const email = `ops-${role}-${++n}-${randomBytes(3).toString('hex')}@example.org`;
      const { id } = await database.db.insertInto('users').values({
        email, display_name: `Ops ${role} ${n}`, password_hash: 'x', role, created_at: new Date(), updated_at: new Date(),
      }).returning('id').executeTakeFirstOrThrow();
      const session = await createSession(database.db, id, 1);
      const csrf = randomBytes(18).toString('base64url');
      return { cookie: `tr_session=${session.token}; tr_csrf=${csrf}`, 'x-csrf-token': createHmac('sha256', SECRET).update(csrf).digest('base64url') };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A new, empty PostgreSQL database on the TEST_DATABASE_URL server, and a way to drop it. */
export const emptyPostgres = () => freshPostgres('tr_ops');

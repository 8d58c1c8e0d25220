import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { createSession } from '../../src/plugins/auth.js';
import type { Role } from '../../src/plugins/permissions.js';
import { allSeedSets } from '../../src/seed/all.js';
import { runSeedSets } from '../../src/seed/seed-sets.js';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Cookie and CSRF headers of a fresh user with this role. */
  as(role: Role): Promise<Record<string, string>>;
  close(): Promise<void>;
}

const SECRET = 'test-secret';

/**
 * Which engines the integration tests run on: always PGlite; also PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL test app gets its own database.
 */
export const engines: Array<'pglite' | 'postgres'> = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A new, empty PostgreSQL database on the TEST_DATABASE_URL server, and a way to drop it. */
export async function freshPostgres(prefix = 'tr_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await c.connect();
      // The pool's connections close asynchronously; dropping waits for them instead of killing them.
      for (let attempt = 0; ; attempt++) {
        const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0 || attempt >= 50) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * A fresh app on its own database. API rate limits are off unless a test sets them through
 * `config`, because one test makes hundreds of requests from the same address.
 */
export async function testApp(options: {
  engine?: 'pglite' | 'postgres'; seed?: boolean; demo?: boolean; config?: Partial<Config>;
} = {}): Promise<TestApp> {
  const engine = options.engine ?? 'pglite';
  const pgdb = engine === 'postgres' ? await freshPostgres() : null;
  const database = await openDatabase(pgdb ? { databaseUrl: pgdb.url } : { dataDir: 'memory://' });
  await migrate(database);
  if (options.seed !== false) await runSeedSets(database.db, allSeedSets, { demo: options.demo ?? true });
  const config: Config = {
    ...loadConfig({}), sessionSecret: SECRET, secureCookies: false, databaseUrl: pgdb?.url,
    rateLimit: { perKeyPerMinute: 0, perAddressPerMinute: 0 },
    // Tests read the read models as they are at each step; a background warm-up is tested on its own.
    warmReadModels: false, ...options.config,
  };
  const app = await buildApp({ config, database });
  await app.ready();
  let n = 0;
  return {
    app,
    database,
    async as(role) {
      const email = `${role}-${++n}-${randomBytes(3).toString('hex')}@example.org`;
      const { id } = await database.db.insertInto('users').values({
        email, display_name: `Test ${role} ${n}`, password_hash: 'x', role, created_at: new Date(), updated_at: new Date(),
      }).returning('id').executeTakeFirstOrThrow();
      const session = await createSession(database.db, id, 1);
      const csrf = randomBytes(18).toString('base64url');
      return {
        cookie: `tr_session=${session.token}; tr_csrf=${csrf}`,
        'x-csrf-token': createHmac('sha256', SECRET).update(csrf).digest('base64url'),
      };
    },
    async close() {
      await app.close();
      await database.close();
      await pgdb?.drop();
    },
  };
}

export function json<T = any>(res: LightMyRequestResponse): T {
  return JSON.parse(res.body) as T;
}

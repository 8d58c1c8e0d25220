import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap.js';
import { loadConfig } from './config.js';
import { DataDirLockedError, lockDataDir } from './db/lock.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

async function counts(boot: Awaited<ReturnType<typeof bootstrap>>) {
  const db = boot.database.db;
  const n = async (table: 'pillars' | 'challenges' | 'instruments' | 'actors' | 'cases' | 'users') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const admins = Number((await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).where('role', '=', 'admin').executeTakeFirstOrThrow()).n);
  return { pillars: await n('pillars'), challenges: await n('challenges'), instruments: await n('instruments'), actors: await n('actors'), cases: await n('cases'), users: await n('users'), admins };
}

describe('start-up on an embedded data folder', () => {
  it('migrates and seeds on first start, loads nothing twice on a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tr-boot-'));
    dirs.push(dataDir);
    const config = { ...loadConfig({}), dataDir };
    const first = await bootstrap(config);
    expect(first.migrations.length).toBeGreaterThan(0);
    expect(first.seeded).toBe(true);
    expect(first.firstAdmin?.password).toMatch(/^[A-Za-z0-9]{20}$/);
    const before = await counts(first);
    // One administrator; the other accounts are the demo people of the demo sets.
    expect(before).toMatchObject({ pillars: 5, challenges: 14, admins: 1 });
    expect(before.instruments).toBeGreaterThan(10);
    await first.database.close();

    const second = await bootstrap(config);
    expect(second.migrations).toEqual([]);
    expect(second.seeded).toBe(false);
    expect(second.firstAdmin).toBeNull();
    expect(await counts(second)).toEqual(before);
    expect(second.config.sessionSecret).toBe(first.config.sessionSecret);
    await second.database.close();
  });

  it('refuses a data folder that another instance holds', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tr-lock-'));
    dirs.push(dataDir);
    const config = { ...loadConfig({}), dataDir };
    const first = await bootstrap(config);
    try {
      await expect(bootstrap(config)).rejects.toBeInstanceOf(DataDirLockedError);
    } finally {
      await first.database.close();
    }
    const again = await bootstrap(config);
    await again.database.close();
  });

  it('takes over a lock left with its own pid by a killed predecessor, and still refuses a second open in this process', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tr-lock-'));
    dirs.push(dataDir);
    writeFileSync(join(dataDir, 'transitieruimte.lock'), String(process.pid));
    const release = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    } finally {
      release();
    }
    lockDataDir(dataDir)();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('start-up on PostgreSQL (DATABASE_URL)', () => {
  it('migrates and seeds once, with the same result as on PGlite', async () => {
    const pg = await import('pg');
    const name = `tr_boot_${Date.now()}`;
    const admin = new pg.default.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    try {
      const config = { ...loadConfig({}), databaseUrl: url.toString() };
      const first = await bootstrap(config);
      expect(first.seeded).toBe(true);
      const before = await counts(first);
      // One administrator; the other accounts are the demo people of the demo sets.
    expect(before).toMatchObject({ pillars: 5, challenges: 14, admins: 1 });
      await first.database.close();
      const second = await bootstrap(config);
      expect(second.seeded).toBe(false);
      expect(await counts(second)).toEqual(before);
      await second.database.close();
    } finally {
      // The closed pool's connections end asynchronously; let them go before dropping.
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

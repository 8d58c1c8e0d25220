import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/db/backup/backup.js';
import { tableFingerprints, type TableFingerprint } from '../../src/db/backup/fingerprint.js';
import { restoreBackup } from '../../src/db/backup/restore.js';
import { openSession, type Target } from '../../src/db/backup/session.js';
import { appOn, emptyPostgres, type OpsApp } from './harness.js';

// Each step opens, migrates or seeds a whole database: minutes on a busy machine.
const SLOW = 300_000;

const folder = mkdtempSync(join(tmpdir(), 'tr-backup-test-'));
const pgEnabled = Boolean(process.env.TEST_DATABASE_URL);
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(folder, { recursive: true, force: true });
});

async function withSession<T>(target: Target, mustExist: boolean, fn: (s: Awaited<ReturnType<typeof openSession>>) => Promise<T>): Promise<T> {
  const s = await openSession(target, { mustExist });
  try { return await fn(s); } finally { await s.close(); }
}
const fingerprints = (target: Target) => withSession(target, true, tableFingerprints);
const backup = (target: Target, file: string) => withSession(target, true, (s) => writeBackup(s, file));
const restore = (target: Target, file: string, force = false) => withSession(target, false, (s) => restoreBackup(s, file, { force }));

async function newTarget(engine: 'pglite' | 'postgres'): Promise<Target> {
  if (engine === 'pglite') return { dataDir: mkdtempSync(join(folder, 'restored-')) };
  const db = await emptyPostgres();
  drops.push(db.drop);
  return { databaseUrl: db.url };
}

/**
 * Writes that leave traces a restore must keep exactly: a new KPI, measurements (one deleted,
 * so the id sequence is ahead of the highest id), an edited instrument, and their audit rows.
 */
async function someWrites(t: OpsApp): Promise<{ deletedId: number }> {
  const team = await t.as('transition_team');
  const kpi = await t.app.inject({ method: 'POST', url: '/api/kpis', headers: team, payload: {
    code: 'backup-kpi', name: { nl: 'Back-up', en: 'Backup' }, definition: { nl: 'Test.', en: 'Test.' }, unit: '%', direction: 'increase', frequency: 'annual',
  } });
  expect(kpi.statusCode).toBe(201);
  const ids: number[] = [];
  for (const [period, value] of [['2024', 12.5], ['2025', 13.25]] as const) {
    const res = await t.app.inject({ method: 'POST', url: '/api/kpis/backup-kpi/measurements', headers: team, payload: { period, value, unit: '%', subsector: '', province: '', note: 'Ünïcode € "quoted"\nline' } });
    expect(res.statusCode).toBe(201);
    ids.push(res.json().id);
  }
  expect((await t.app.inject({ method: 'DELETE', url: `/api/kpis/backup-kpi/measurements/${ids[1]}`, headers: team })).statusCode).toBe(204);
  return { deletedId: ids[1]! };
}

/** After a restore the platform starts on the database and a new row gets a fresh id. */
async function checkUsable(target: Target, deletedId: number) {
  const t = await appOn(target);
  try {
    const team = await t.as('transition_team');
    const res = await t.app.inject({ method: 'POST', url: '/api/kpis/backup-kpi/measurements', headers: team, payload: { period: '2026', value: 14, unit: '%', subsector: '', province: '' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().id).toBeGreaterThan(deletedId);
    expect((await t.app.inject({ url: '/api/kpis/backup-kpi/series' })).statusCode).toBe(200);
  } finally {
    await t.close();
  }
}

/**
 * Rows whose recorded writing transaction (xid8, for the changes feed) the target has not reached
 * yet: the feed would hide them. A restore must leave none.
 */
async function rowsFromTheFuture(target: Target): Promise<number> {
  return withSession(target, true, async (s) => {
    const columns = await s.query<{ t: string; c: string }>(`select c.relname as t, a.attname as c from pg_attribute a join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and a.atttypid = 'xid8'::regtype`);
    let n = 0;
    for (const { t, c } of columns) {
      const [row] = await s.query<{ n: number }>(`select count(*)::int as n from public."${t}" where "${c}" >= pg_snapshot_xmin(pg_current_snapshot())`);
      n += row!.n;
    }
    return n;
  });
}

function expectIdentical(a: Record<string, TableFingerprint>, b: Record<string, TableFingerprint>) {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const table of Object.keys(a)) expect({ table, ...b[table] }).toEqual({ table, ...a[table] });
}

describe('backup and restore from a PGlite data folder', () => {
  const source: Target = { dataDir: join(folder, 'source') };
  const file = join(folder, 'pglite.backup.gz');
  let before: Record<string, TableFingerprint>;
  let deletedId: number;

  beforeAll(async () => {
    const t = await appOn(source, { seed: true });
    try { ({ deletedId } = await someWrites(t)); } finally { await t.close(); }
    before = await fingerprints(source);
    const summary = await backup(source, file);
    expect(summary.rows).toBe(Object.values(before).reduce((n, f) => n + f.rows, 0));
  }, SLOW);

  it('holds a real dataset: seed, demo data and the writes', () => {
    expect(before.measurements!.rows).toBeGreaterThan(100);
    expect(before.audit_log!.rows).toBeGreaterThan(0);
    expect(before.search_documents!.rows).toBeGreaterThan(0);
  }, SLOW);

  it('restores into a fresh PGlite folder with every table identical, and new rows get fresh ids', async () => {
    const target = await newTarget('pglite');
    const summary = await restore(target, file);
    expect(summary.newerMigrations).toEqual([]);
    expectIdentical(before, await fingerprints(target));
    expect(await rowsFromTheFuture(target)).toBe(0);
    await checkUsable(target, deletedId);
  }, SLOW);

  it.runIf(pgEnabled)('restores into a fresh PostgreSQL database with every table identical', async () => {
    const target = await newTarget('postgres');
    await restore(target, file);
    expectIdentical(before, await fingerprints(target));
    expect(await rowsFromTheFuture(target)).toBe(0);
    await checkUsable(target, deletedId);
  }, SLOW);

  it('refuses a database that is not empty, unless forced, and changes nothing when it refuses', async () => {
    const target = await newTarget('pglite');
    await restore(target, file);
    const t = await appOn(target);
    try {
      await t.app.inject({ method: 'POST', url: '/api/kpis/backup-kpi/measurements', headers: await t.as('transition_team'), payload: { period: '2027', value: 1, unit: '%', subsector: '', province: '' } });
    } finally { await t.close(); }
    const changed = await fingerprints(target);
    await expect(restore(target, file)).rejects.toThrow(/is not empty .*--force/);
    expect(await fingerprints(target)).toEqual(changed);
    await restore(target, file, true);
    expectIdentical(before, await fingerprints(target));
  }, SLOW);

  it('rolls back a cut-off file and leaves the target empty', async () => {
    const bytes = gunzipSync(await readFile(file));
    const cut = join(folder, 'cut.backup.gz');
    writeFileSync(cut, gzipSync(bytes.subarray(0, Math.floor(bytes.length * 0.6))));
    const target = await newTarget('pglite');
    await expect(restore(target, cut)).rejects.toThrow(/Not a usable backup file/);
    expect(await withSession(target, true, (s) => s.query(`select count(*)::int as n from pg_tables where schemaname = 'public'`))).toEqual([{ n: 0 }]);
    // A damaged gzip stream is refused the same way.
    const damaged = join(folder, 'damaged.backup.gz');
    writeFileSync(damaged, (await readFile(file)).subarray(0, 5000));
    await expect(restore(await newTarget('pglite'), damaged)).rejects.toThrow(/Not a usable backup file/);
  }, SLOW);

  it('refuses a backup from a version with migrations this one does not have', async () => {
    const text = gunzipSync(await readFile(file)).toString('utf8');
    const newer = text.replace(/("migrations":\[)/, '$1"9999_from_the_future.sql",');
    const path = join(folder, 'newer.backup.gz');
    writeFileSync(path, gzipSync(newer));
    await expect(restore(await newTarget('pglite'), path)).rejects.toThrow(/newer version .*9999_from_the_future/);
  }, SLOW);
});

describe.runIf(pgEnabled)('backup and restore from PostgreSQL', () => {
  it('snapshots a running platform and restores it into fresh PostgreSQL with every table identical', async () => {
    const db = await emptyPostgres();
    drops.push(db.drop);
    const source: Target = { databaseUrl: db.url };
    const t = await appOn(source, { seed: true });
    let deletedId: number;
    const file = join(folder, 'postgres.backup.gz');
    try {
      ({ deletedId } = await someWrites(t));
      // The platform stays open while the backup reads its snapshot.
      await backup(source, file);
    } finally { await t.close(); }
    const before = await fingerprints(source);
    const target = await newTarget('postgres');
    await restore(target, file);
    expectIdentical(before, await fingerprints(target));
    expect(await rowsFromTheFuture(target)).toBe(0);
    await checkUsable(target, deletedId);
  }, SLOW);
});

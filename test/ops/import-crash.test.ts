import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { login, startServer, type ServerProcess } from './server-process.js';

const SUBSECTORS = ['', 'arts', 'heritage', 'socio_cultural', 'circus', 'literature', 'film', 'amateur_arts', 'libraries_cultural_centres'];
const PROVINCES = ['', 'antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'];
const HEADER = 'kpi,period,value,unit,subsector,province,source,confidence,note\r\n';

/** Monthly measurements of one KPI over `years` years, in every subsector and province. */
function csvFor(kpi: string, fromYear: number, years: number, value: (n: number) => string): { csv: string; rows: number } {
  const lines: string[] = [];
  for (let y = fromYear; y < fromYear + years; y++) {
    for (let m = 1; m <= 12; m++) {
      for (const s of SUBSECTORS) for (const p of PROVINCES) lines.push(`${kpi},${y}-${String(m).padStart(2, '0')},${value(lines.length)},%,${s},${p},crash test,,`);
    }
  }
  return { csv: HEADER + lines.join('\r\n') + '\r\n', rows: lines.length };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a server killed in the middle of a bulk import', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tr-crash-test-'));
  const env = { DATA_DIR: dataDir, SEED: 'true', DEMO_DATA: 'false', SESSION_SECRET: 'crash-test-secret', RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_KEY: '0' };
  let server: ServerProcess | undefined;
  afterAll(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps what was committed, writes nothing of the cut-off import, and restarts cleanly', async () => {
    server = await startServer(env);
    const password = /password: (\S+)/.exec(server.output())?.[1];
    expect(password).toBeTruthy();
    const email = 'admin@transitieruimte.local';
    const admin = await login(server.base, email, password!);
    const post = (path: string, body: unknown, headers = admin) => fetch(`${server!.base}${path}`, {
      method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const upload = (csv: string, name: string) => fetch(`${server!.base}/api/imports?filename=${name}`, {
      method: 'POST', headers: { ...admin, 'content-type': 'text/csv' }, body: csv,
    });
    for (const code of ['crash-small', 'crash-large-a', 'crash-large-b']) {
      const res = await post('/api/kpis', { code, name: { nl: code, en: code }, definition: { nl: 'Test.', en: 'Test.' }, unit: '%', direction: 'increase', frequency: 'monthly' });
      expect(res.status).toBe(201);
    }

    // Committed before the crash: one measurement by hand and one small import (answered inline).
    expect((await post('/api/kpis/crash-small/measurements', { period: '2020-01', value: 1, unit: '%', subsector: '', province: '' })).status).toBe(201);
    const small = csvFor('crash-small', 2021, 1, (n) => String(n));
    const smallRes = await upload(small.csv, 'small.csv');
    expect(smallRes.status).toBe(201);
    const smallImport = await smallRes.json() as { id: number; status: string; rowsDone: number };
    expect(smallImport).toMatchObject({ status: 'done', rowsDone: small.rows });

    // The large import runs in the background: two KPIs over 100 years in every breakdown.
    const a = csvFor('crash-large-a', 2000, 100, (n) => `${n % 1000}.5`);
    const b = csvFor('crash-large-b', 2000, 100, (n) => `${n % 1000}.25`);
    const large = { csv: a.csv + b.csv.slice(HEADER.length), rows: a.rows + b.rows };
    const largeRes = await upload(large.csv, 'large.csv');
    expect(largeRes.status).toBe(202);
    const largeId = (await largeRes.json() as { id: number }).id;

    // Killed while the write runs: rows are going into its one transaction. The poll goes without
    // the session, whose periodic check would wait for that transaction on PGlite's one connection;
    // the progress itself comes from the server's memory.
    let seen = { status: 'validating', rowsDone: 0 };
    for (let i = 0; i < 20_000 && !(seen.status === 'importing' && seen.rowsDone > 0); i++) {
      const res = await fetch(`${server.base}/api/imports/${largeId}`);
      expect(res.status).toBe(200);
      seen = await res.json() as typeof seen;
      if (seen.status === 'done' || seen.status === 'failed') break;
      await sleep(10);
    }
    expect(seen.status).toBe('importing');
    expect(seen.rowsDone).toBeGreaterThan(0);
    expect(seen.rowsDone).toBeLessThan(large.rows);
    server.child.kill('SIGKILL');
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    // The killed process could not remove its lock file: the restart has to take it over.
    expect(Number(readFileSync(join(dataDir, 'transitieruimte.lock'), 'utf8'))).toBe(server.child.pid);

    // Restarted on the same folder: it opens, answers and takes writes.
    server = await startServer(env);
    const again = await login(server.base, email, password!);
    const record = await (await fetch(`${server.base}/api/imports/${largeId}`, { headers: again })).json() as { status: string; rowsDone: number; errors: Array<{ code: string }> };
    expect(record).toMatchObject({ status: 'failed', rowsDone: 0 });
    expect(record.errors.map((e) => e.code)).toEqual(['interrupted']);
    expect((await post('/api/kpis/crash-small/measurements', { period: '2020-02', value: 2, unit: '%', subsector: '', province: '' }, again)).status).toBe(201);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    expect(existsSync(join(dataDir, 'transitieruimte.lock'))).toBe(false);

    // What is on disk: nothing of the cut-off file, everything committed before and after.
    const database = await openDatabase({ dataDir });
    try {
      const db = database.db;
      const count = async (importId: number | null, kpi?: string) => {
        let q = db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id').select((eb) => eb.fn.countAll<number>().as('n'));
        q = importId === null ? q.where('import_id', 'is', null) : q.where('import_id', '=', importId);
        if (kpi) q = q.where('kpis.code', '=', kpi);
        return Number((await q.executeTakeFirstOrThrow()).n);
      };
      expect(await count(largeId)).toBe(0);
      expect(await count(null, 'crash-large-a') + await count(null, 'crash-large-b')).toBe(0);
      expect(await count(smallImport.id)).toBe(small.rows);
      expect(await count(null, 'crash-small')).toBe(2);
      const unfinished = await db.selectFrom('measurement_imports').select('id').where('status', 'in', ['validating', 'importing']).execute();
      expect(unfinished).toEqual([]);
      const audit = await db.selectFrom('audit_log').select('entity_id').where('entity_type', '=', 'measurement_import').execute();
      expect(audit.map((r) => Number(r.entity_id))).toEqual([smallImport.id]);
    } finally {
      await database.close();
    }
  }, 600_000);
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../../test/helpers/app.js';
import { entityTypes } from '../../registry.js';
import { parseCsv } from '../csv.js';
import { csvSources } from '../csv-sources.js';
import { loadFromDirectory } from './directory.js';
import { loadDumps } from './load-dumps.js';

const BASE_A = 'https://a.example';
const BASE_B = 'https://b.example/open';

/** Triples as comparable lines, with B's URIs moved onto A's base. */
function tripleSet(text: string, from: string, to: string): Set<string> {
  const rebase = (v: string) => (v.startsWith(from) ? to + v.slice(from.length) : v);
  const term = (t: Quad['subject'] | Quad['object']) => (t.termType === 'NamedNode' ? `<${rebase(t.value)}>`
    : t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : `_:${t.value}`);
  return new Set(new Parser({ format: 'N-Triples' }).parse(text).map((q) => `${term(q.subject)} <${q.predicate.value}> ${term(q.object)}`));
}

describe.each(engines)('a dump loaded into an empty instance reproduces the public data (%s)', (engine) => {
  let a: TestApp;
  let b: TestApp;
  let dir: string;
  const csvA = new Map<string, string>();
  const missing: string[] = [];
  let ntA = '';
  let loadError: unknown = null;

  beforeAll(async () => {
    a = await testApp({ engine, config: { publicBase: BASE_A } });
    b = await testApp({ engine, seed: false, config: { publicBase: BASE_B } });
    // The seed publishes no annual report: publish one, so that every type has something to carry.
    const publish = await a.app.inject({ method: 'POST', url: '/reports/2026/publish', headers: await a.as('steering_committee') });
    expect(publish.statusCode).toBe(303);
    dir = await mkdtemp(join(tmpdir(), 'tr-dumps-'));
    for (const entity of entityTypes) {
      const res = await a.app.inject({ method: 'GET', url: `/dumps/${entity.type}.csv` });
      if (res.statusCode !== 200) { missing.push(entity.type); continue; }
      csvA.set(entity.type, res.body);
      await writeFile(join(dir, `${entity.type}.csv`), res.body);
    }
    ntA = (await a.app.inject({ method: 'GET', url: '/dumps/all.nt' })).body;
    try {
      await loadFromDirectory(b.database.db, dir);
    } catch (err) {
      loadError = err;
    }
  }, 300_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // A type without a CSV cannot travel: that fails the round trip, it is never skipped.
  it('covers every registered entity type, each with public rows to carry', () => {
    expect(entityTypes.length).toBeGreaterThan(0);
    expect(missing, 'types without a CSV dump').toEqual([]);
    for (const entity of entityTypes) {
      expect(csvSources[entity.type], `CSV source for ${entity.type}`).toBeDefined();
      expect(parseCsv(csvA.get(entity.type)!).length, `rows of ${entity.type}.csv`).toBeGreaterThan(1);
    }
  });

  it('loads the dumps of every type', () => {
    expect(loadError).toBeNull();
  });

  it('gives byte-identical CSVs', async () => {
    expect(loadError).toBeNull();
    for (const entity of entityTypes) {
      const res = await b.app.inject({ method: 'GET', url: `/dumps/${entity.type}.csv` });
      expect(res.statusCode).toBe(200);
      expect(res.body, `${entity.type}.csv`).toBe(csvA.get(entity.type));
    }
  });

  it('gives the same triples, URIs moved to the other base', async () => {
    expect(loadError).toBeNull();
    const ntB = (await b.app.inject({ method: 'GET', url: '/dumps/all.nt' })).body;
    const expected = tripleSet(ntA, BASE_A, BASE_A);
    const got = tripleSet(ntB, BASE_B, BASE_A);
    expect(expected.size).toBeGreaterThan(0);
    expect([...got].filter((t) => !expected.has(t)).slice(0, 10), 'triples only in B').toEqual([]);
    expect([...expected].filter((t) => !got.has(t)).slice(0, 10), 'triples only in A').toEqual([]);
  });

  it('refuses incomplete or foreign dumps and writes nothing', async () => {
    const c = await testApp({ engine, seed: false });
    try {
      const instrument = entityTypes.find((e) => e.type === 'instrument')!;
      // Instruments alone refer to challenges and recommendations the files do not hold.
      await expect(loadDumps(c.database.db, [instrument], csvSources, new Map([['instrument', csvA.get('instrument')!]])))
        .rejects.toThrow(/not complete[\s\S]*instrument_challenges/);
      const pillar = entityTypes.find((e) => e.type === 'pillar')!;
      const renamed = csvA.get('pillar')!.replace(/^number,/, 'nummer,');
      await expect(loadDumps(c.database.db, [pillar], csvSources, new Map([['pillar', renamed]]))).rejects.toThrow(/columns/);
      const { rows } = await sql<{ n: number }>`select (select count(*) from pillars)::int + (select count(*) from instruments)::int as n`.execute(c.database.db);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await c.close();
    }
  });

  it('refuses to load into an instance that is not empty, and changes nothing there', async () => {
    const files = new Map<string, string>();
    for (const entity of entityTypes) files.set(entity.type, await readFile(join(dir, `${entity.type}.csv`), 'utf8'));
    const before = (await a.app.inject({ method: 'GET', url: '/dumps/all.nt' })).body;
    await expect(loadDumps(a.database.db, entityTypes, csvSources, files)).rejects.toThrow(/empty instance/);
    expect((await a.app.inject({ method: 'GET', url: '/dumps/all.nt' })).body).toBe(before);
  });
});

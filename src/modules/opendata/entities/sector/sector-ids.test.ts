import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../../test/helpers/app.js';
import { createUris } from '../../uris.js';
import { sectorEntityTypes } from '../sector.js';
import { sectorFixtures } from './test-fixtures.js';

const uris = createUris('https://data.example.org/');
const NUMERIC = new Set(['organisation', 'learning-opportunity']);
const byteCompare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe.each(engines)('sector entity ids and paging (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ engine });
    await sectorFixtures(t);
  }, 120_000);
  afterAll(async () => t?.close());

  it('publishes every sector entity type of the issue, each type once', () => {
    const types = sectorEntityTypes.map((e) => e.type);
    expect(new Set(types).size).toBe(types.length);
    for (const type of ['instrument', 'actor', 'organisation', 'call', 'project', 'lesson', 'case', 'learning-opportunity']) expect(types).toContain(type);
  });

  it.each(sectorEntityTypes.map((e) => [e.type, e] as const))('%s: keyset pages of 3 add up to the full list, in order, without duplicates or gaps', async (_type, entityType) => {
    const db = t.database.db;
    const all = await entityType.ids(db, null, 10_000);
    expect(all.length).toBeGreaterThan(1);
    const paged: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const page: string[] = await entityType.ids(db, after, 3);
      expect(page.length).toBeLessThanOrEqual(3);
      if (page.length === 0) break;
      paged.push(...page);
      after = page[page.length - 1]!;
    }
    expect(paged).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    const sorted = [...all].sort(NUMERIC.has(entityType.type) ? (a, b) => Number(a) - Number(b) : byteCompare);
    expect(all).toEqual(sorted);
    // Past the last id there is nothing; a limit of 0 is an empty page.
    expect(await entityType.ids(db, all[all.length - 1]!, 10)).toEqual([]);
    expect(await entityType.ids(db, null, 0)).toEqual([]);
  });

  it.each(sectorEntityTypes.map((e) => [e.type, e] as const))('%s: every listed id is described, and only what was asked for', async (type, entityType) => {
    const db = t.database.db;
    const ids = await entityType.ids(db, null, 10_000);
    const quads = await entityType.describe(db, ids, uris);
    const subjects = new Set(quads.map((q) => q.subject.value));
    for (const id of ids) expect(subjects, `${type} ${id}`).toContain(uris.thing(type, id));
    const one = await entityType.describe(db, [ids[0]!], uris);
    const thingsOfType = new Set(one.map((q) => q.subject.value).filter((s) => s.startsWith(`${uris.base}/id/${type}/`) && !s.includes('#')));
    expect([...thingsOfType]).toEqual([uris.thing(type, ids[0]!)]);
  });

  it.each(sectorEntityTypes.map((e) => [e.type, e] as const))('%s: unknown or malformed ids describe nothing and never throw', async (_type, entityType) => {
    const db = t.database.db;
    expect(await entityType.describe(db, [], uris)).toEqual([]);
    expect(await entityType.describe(db, ['does-not-exist', '99999999', '-1', "x' or '1'='1", '1e3', ''], uris)).toEqual([]);
    if (NUMERIC.has(entityType.type)) expect(await entityType.ids(db, 'not-a-number', 5)).toEqual([]);
  });
});

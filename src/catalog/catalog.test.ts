import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testApp, type TestApp } from '../../test/helpers/app.js';
import type { Catalog } from './catalog.js';

describe('catalog read model', () => {
  let t: TestApp;
  let catalog: Catalog;
  beforeAll(async () => { t = await testApp(); catalog = t.app.readModels.catalog; });
  afterAll(async () => { await t?.close(); });

  it('holds the study: 5 pillars, 14 challenges, and every challenge in its pillar', () => {
    expect(catalog.pillars).toHaveLength(5);
    expect(catalog.challenges).toHaveLength(14);
    const pillarOf = Object.fromEntries(catalog.challenges.map((c) => [c.number, c.pillar]));
    expect(pillarOf).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 3, 8: 3, 9: 3, 10: 4, 11: 4, 12: 4, 13: 5, 14: 5 });
  });

  it('recomputes a memo only when an area it depends on changes', async () => {
    let computed = 0;
    const read = () => catalog.memo('test:instruments-only', () => ++computed, ['instruments']);
    expect(read()).toBe(1);
    expect(read()).toBe(1);
    await catalog.refreshCases([]);
    expect(read()).toBe(1);
    await catalog.refreshInstruments([]);
    expect(read()).toBe(2);
  });

  it('shows a database change after a refresh, and drops a case that was retired', async () => {
    const instrument = catalog.instrumentByCode('digital-leadership-training')!;
    await sql`update instruments set name_nl = 'Leiderschap (gewijzigd)', version = version + 1 where id = ${instrument.id}`.execute(t.database.db);
    expect(catalog.instrumentByCode('digital-leadership-training')!.name.nl).not.toBe('Leiderschap (gewijzigd)');
    await catalog.refreshInstruments([instrument.id]);
    expect(catalog.instrumentByCode('digital-leadership-training')!.name.nl).toBe('Leiderschap (gewijzigd)');

    const someCase = [...catalog.cases.values()][0]!;
    await sql`update cases set retired_at = now() where id = ${someCase.id}`.execute(t.database.db);
    await catalog.refreshCases([someCase.id]);
    expect(catalog.cases.has(someCase.id)).toBe(false);
    expect(catalog.caseByCode(someCase.code)).toBeUndefined();
  });

  it('never puts back an older version of an instrument', async () => {
    const instrument = catalog.instrumentByCode('self-assessment-tool')!;
    const older = { ...instrument, version: instrument.version - 1, name: { nl: 'oud', en: 'old' } };
    (catalog as unknown as { putInstrument(i: typeof older): void }).putInstrument(older);
    expect(catalog.instrumentByCode('self-assessment-tool')!.name.nl).not.toBe('oud');
  });
});

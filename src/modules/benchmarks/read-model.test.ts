import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { MaturityIndex } from './read-model.js';
import { peerBenchmark } from './peers.js';
import { sectorAggregate, sectorTrend } from './sector.js';
import { addOrganisation, addResult, ensureModel } from './test-fixtures.js';

describe.each(engines)('the maturity index on %s', (engine) => {
  let t: TestApp;
  let model: number;
  const orgs: number[] = [];

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    model = await ensureModel(t.database.db);
    for (let i = 0; i < 16; i++) {
      const id = await addOrganisation(t.database.db, { subsector: i % 2 ? 'arts' : 'heritage', staff: i % 3 ? '0-4' : '5-19', province: i % 4 ? 'antwerpen' : 'limburg' });
      await addResult(t.database.db, id, model, '2024-02-01T09:00:00Z', { audience: i % 6, data: (i + 2) % 6 });
      orgs.push(id);
    }
  });
  afterAll(async () => { await t?.close(); });

  it('keeps cached peer groups equal to a fresh build through new results and changed attributes', async () => {
    const db = t.database.db;
    const index = await MaturityIndex.build(db);
    const all = { subsector: false, size: false, province: false };
    const everyFilter = [all, { ...all, subsector: true }, { ...all, size: true, province: true }, { subsector: true, size: true, province: true }];
    for (const id of orgs) for (const f of everyFilter) peerBenchmark(index, id, f);
    expect(index.groups.size).toBeGreaterThan(4);

    await addResult(db, orgs[0]!, model, '2025-03-01T09:00:00Z', { audience: 5, data: 0 });
    await addResult(db, orgs[5]!, model, '2025-03-01T09:00:00Z', { audience: 4 });
    await db.updateTable('organisations').set({ subsector: 'arts', province: 'limburg', updated_at: new Date() }).where('id', '=', orgs[2]!).execute();
    await db.updateTable('organisations').set({ retired_at: new Date(), updated_at: new Date() }).where('id', '=', orgs[3]!).execute();
    const newcomer = await addOrganisation(db, { subsector: 'arts', staff: '0-4', province: 'antwerpen' });
    await addResult(db, newcomer, model, '2025-04-01T09:00:00Z', { audience: 3 });
    // The first of its subsector, size and province: its groups do not exist yet.
    const loner = await addOrganisation(db, { subsector: 'film', staff: '50+', province: 'west-vlaanderen' });
    await addResult(db, loner, model, '2025-04-02T09:00:00Z', { audience: 1, data: 4 });
    const groupsBefore = index.groups.size;
    expect(await index.refresh(db)).toBe(true);
    expect(index.groups.size).toBeGreaterThan(groupsBefore);
    expect(index.orgs.get(orgs[0]!)!.latest!.levels[0]).toBe(5);
    expect(index.orgs.get(orgs[0]!)!.previous).not.toBeNull();

    const fresh = await MaturityIndex.build(db);
    for (const id of [...orgs, newcomer, loner]) {
      for (const f of everyFilter) {
        // Figures kept from before the changes must equal a fresh build: the chosen group and the broader ones.
        const figures = (i: MaturityIndex) => { const b = peerBenchmark(i, id, f); return JSON.parse(JSON.stringify({ group: b?.group, broader: b?.broader, latest: b?.latest })); };
        const a = figures(index);
        fresh.forgetDerived();
        expect(a, `organisation ${id} ${JSON.stringify(f)}`).toEqual(figures(fresh));
      }
    }
  });

  it('renews a kept benchmark when only a broader group it shows changes, and keeps its own group as it was', async () => {
    const db = t.database.db;
    const index = await MaturityIndex.build(db);
    const id = orgs[4]!; // heritage
    const bySubsector = { subsector: true, size: false, province: false };
    const before = JSON.parse(JSON.stringify(peerBenchmark(index, id, bySubsector)));
    expect(before.broader[0].peers).not.toBeNull();
    // A result in another subsector: the whole sector (the broader group) changes, heritage does not.
    const other = await addOrganisation(db, { subsector: 'film', staff: '0-4', province: 'antwerpen' });
    await addResult(db, other, model, '2025-05-01T09:00:00Z', { audience: 2 });
    expect(await index.refresh(db)).toBe(true);
    const after = JSON.parse(JSON.stringify(peerBenchmark(index, id, bySubsector)));
    expect(after.group).toEqual(before.group);
    expect(after.broader[0].peers).toBe(before.broader[0].peers + 1);
  });

  it('keeps the sector baseline equal to a fresh build through new results, moves, retirements and demo marks', async () => {
    const db = t.database.db;
    const index = await MaturityIndex.build(db);
    const figures = (i: MaturityIndex) => JSON.stringify([2024, 2025, 2026].flatMap((year) => (['subsector', 'province'] as const)
      .flatMap((by) => [true, false].map((demo) => sectorAggregate(i, year, by, demo)))).concat(sectorTrend(i, true) as never[]));
    const before = figures(index);

    // A second result in a year replaces the organisation's first one of that year; a new year appears.
    await addResult(db, orgs[6]!, model, '2024-06-01T09:00:00Z', { audience: 0, data: 5 });
    await addResult(db, orgs[7]!, model, '2026-01-15T09:00:00Z', { audience: 2 });
    await db.updateTable('organisations').set({ province: 'antwerpen', subsector: 'heritage', updated_at: new Date() }).where('id', '=', orgs[8]!).execute();
    await db.updateTable('organisations').set({ retired_at: new Date(), updated_at: new Date() }).where('id', '=', orgs[9]!).execute();
    await db.updateTable('organisations').set({ is_demo: true, updated_at: new Date() }).where('id', '=', orgs[10]!).execute();
    expect(await index.refresh(db)).toBe(true);

    const after = figures(index);
    expect(after).not.toEqual(before);
    const fresh = await MaturityIndex.build(db);
    expect(JSON.parse(after)).toEqual(JSON.parse(figures(fresh)));
  });

  it('skips what it has seen: a second refresh with no change keeps its version', async () => {
    const index = await MaturityIndex.build(t.database.db);
    const version = index.version;
    await index.refresh(t.database.db);
    // Rows in the overlap window are read again, but they change nothing.
    expect(index.orgs.size).toBeGreaterThan(0);
    expect([...index.orgs.values()].every((o) => o.snapshots.length <= 2)).toBe(true);
    expect(index.version).toBe(version);
  });
});

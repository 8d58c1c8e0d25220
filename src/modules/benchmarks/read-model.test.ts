import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { MaturityIndex } from './read-model.js';
import { groupKey } from './groups.js';
import { histogramOf, percentileOf, quantile } from './stats.js';
import { keptPeerBenchmark, peerBenchmark, sameBenchmark } from './peers.js';
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

  it('keeps a benchmark through changes to none of its groups, checks it when they change, and renews it only when its figures do', async () => {
    const db = t.database.db;
    // A loner in a subsector of its own, who assesses with the same levels every time.
    const loner = await addOrganisation(db, { subsector: 'circus', staff: '50+', province: 'west-vlaanderen' });
    await addResult(db, loner, model, '2024-03-01T09:00:00Z', { audience: 1 });
    await addResult(db, loner, model, '2025-03-01T09:00:00Z', { audience: 1 });
    const index = await MaturityIndex.build(db);
    const id = orgs[12]!; // heritage, 5-19, limburg
    const narrow = { subsector: true, size: true, province: false };
    const bySubsector = { subsector: true, size: false, province: false };
    const plain = (i: MaturityIndex, f: typeof narrow) => JSON.parse(JSON.stringify(peerBenchmark(i, id, f)));
    const keptNarrow = keptPeerBenchmark(index, id, narrow)!;
    const narrowChecked = keptNarrow.checked;
    const keptBySubsector = keptPeerBenchmark(index, id, bySubsector)!;
    const bySubsectorAt = keptBySubsector.at;
    const bySubsectorChecked = keptBySubsector.checked;
    const sectorTable = index.groupTable(groupKey(0, index.orgs.get(id)!));

    // The loner assesses again, the same as before: the whole sector's histograms are as they were.
    await addResult(db, loner, model, '2025-10-01T09:00:00Z', { audience: 1 });
    expect(await index.refresh(db)).toBe(true);
    // The narrow benchmark shows no group of the loner's, and compares only the sector's size: not even looked at.
    expect(keptPeerBenchmark(index, id, narrow)).toBe(keptNarrow);
    expect(keptNarrow.checked).toBe(narrowChecked);
    // By subsector it shows the whole sector, whose table was made again and came out the same:
    // kept too, without being made again.
    expect(keptPeerBenchmark(index, id, bySubsector)).toBe(keptBySubsector);
    expect([keptBySubsector.at, keptBySubsector.checked]).toEqual([bySubsectorAt, bySubsectorChecked]);
    expect(index.groupTable(groupKey(0, index.orgs.get(id)!))).toBe(sectorTable);

    // A newcomer joins the sector: the whole sector's size changes, and with it the figures shown by subsector.
    const newcomer = await addOrganisation(db, { subsector: 'film', staff: '0-4', province: 'antwerpen' });
    await addResult(db, newcomer, model, '2025-05-01T09:00:00Z', { audience: 3 });
    expect(await index.refresh(db)).toBe(true);
    const renewed = keptPeerBenchmark(index, id, bySubsector)!;
    expect(renewed).not.toBe(keptBySubsector);
    expect(renewed.at).toBe(index.version);

    // Whatever is kept or renewed equals a fresh build.
    const fresh = await MaturityIndex.build(db);
    for (const f of [narrow, bySubsector]) expect(plain(index, f)).toEqual(plain(fresh, f));
  });

  it('keeps every benchmark equal to a fresh build through a run of re-assessments, each renewing only some', async () => {
    const db = t.database.db;
    const index = await MaturityIndex.build(db);
    const masks = [0, 1, 2, 3, 4, 5, 6, 7].map((m) => ({ subsector: Boolean(m & 1), size: Boolean(m & 2), province: Boolean(m & 4) }));
    const active = orgs.filter((id) => !index.orgs.get(id)!.retired);
    const keptAll = () => active.flatMap((id) => masks.map((f) => keptPeerBenchmark(index, id, f)!));
    let before = keptAll();
    for (let round = 0; round < 4; round++) {
      // Existing organisations assess again: group sizes stay, figures move.
      const who = active[(round * 5) % active.length]!;
      await addResult(db, who, model, `2026-0${round + 2}-01T09:00:00Z`, { audience: round, data: 5 - round, value: round + 1 });
      expect(await index.refresh(db)).toBe(true);
      const after = keptAll();
      const renewed = after.filter((k, i) => k !== before[i]).length;
      expect(renewed).toBeGreaterThan(0);
      expect(renewed).toBeLessThan(after.length);
      const fresh = await MaturityIndex.build(db);
      active.forEach((id, o) => masks.forEach((f, m) => {
        expect(JSON.parse(JSON.stringify(after[o * masks.length + m]!.value)), `round ${round}, organisation ${id}, ${JSON.stringify(f)}`)
          .toEqual(JSON.parse(JSON.stringify(peerBenchmark(fresh, id, f))));
      }));
      before = after;
    }
  });
  it('gives every organisation, for every filter, the figures a direct count over its peers gives', async () => {
    // Results with 12-month targets, so that the peers' targets are compared too.
    for (const [i, id] of orgs.slice(10, 16).entries()) await addResult(t.database.db, id, model, `2026-09-0${i + 1}T09:00:00Z`, { audience: i % 6 }, { audience: 5 - (i % 3), data: 3 });
    const index = await MaturityIndex.build(t.database.db);
    const assessed = [...index.orgs.values()].filter((o) => !o.retired && o.latest);
    const exercised = { shown: 0, percentile: 0, target: 0, change: 0 };
    for (const self of [...index.orgs.values()].filter((o) => !o.retired)) {
      for (let m = 0; m < 8; m++) {
        const f = { subsector: Boolean(m & 1), size: Boolean(m & 2), province: Boolean(m & 4) };
        const b = peerBenchmark(index, self.id, f)!;
        if (!b.group.visibility.shown) continue;
        exercised.shown++;
        const peers = assessed.filter((o) => o !== self && (!f.subsector || o.subsector === self.subsector)
          && (!f.size || o.staffClass === self.staffClass) && (!f.province || o.province === self.province));
        expect(b.group.peers).toBe(peers.length);
        index.dimensions.forEach((code, d) => {
          const withLevel = peers.filter((o) => o.latest!.levels[d]! >= 0);
          const levels = histogramOf(withLevel.map((o) => o.latest!.levels[d]!));
          const targets = withLevel.filter((o) => o.latest!.targets[d]! >= 0).map((o) => o.latest!.targets[d]!);
          const changes = withLevel.filter((o) => (o.previous?.levels[d] ?? -1) >= 0).map((o) => o.latest!.levels[d]! - o.previous!.levels[d]!);
          const own = self.latest && self.latest.levels[d]! >= 0 ? self.latest.levels[d]! : null;
          const enough = withLevel.length >= 5;
          const expected = {
            peers: withLevel.length,
            q1: enough ? quantile(levels, 0.25) : null, median: enough ? quantile(levels, 0.5) : null, q3: enough ? quantile(levels, 0.75) : null,
            percentile: enough && own !== null ? percentileOf(levels, own) : null,
            targetMedian: enough && targets.length >= 5 ? quantile(histogramOf(targets), 0.5) : null,
            yoyMedian: enough && changes.length >= 5 ? quantile(histogramOf(changes, -5), 0.5) : null,
          };
          const got = b.group.dimensions[d]!;
          expect({ peers: got.peers, q1: got.q1, median: got.median, q3: got.q3, percentile: got.percentile, targetMedian: got.targetMedian, yoyMedian: got.yoyMedian },
            `organisation ${self.id}, ${JSON.stringify(f)}, ${code}`).toEqual(expected);
          if (expected.percentile !== null) exercised.percentile++;
          if (expected.targetMedian !== null) exercised.target++;
          if (expected.yoyMedian !== null) exercised.change++;
        });
      }
    }
    // Each kind of figure was compared somewhere.
    expect(Object.values(exercised).every((n) => n > 0), JSON.stringify(exercised)).toBe(true);
  });
  it('never shows a reader an organisation taken out of its groups and not yet put back', async () => {
    const db = t.database.db;
    const index = await MaturityIndex.build(db);
    const id = orgs[13]!;
    const sector = () => index.groups.get(groupKey(0, index.orgs.get(id)!))!.members;
    const counted = () => [...index.orgs.values()].filter((o) => !o.retired && o.latest).length;
    expect(sector()).toBe(counted());
    await addResult(db, id, model, '2026-11-01T09:00:00Z', { audience: 4 });
    // Where the refresh waits for the model's dimension mappings, its last wait, the groups are whole.
    const spied = index as unknown as { resolveMappings: (...args: unknown[]) => Promise<void> };
    const resolve = spied.resolveMappings.bind(index);
    const atLastWait: boolean[] = [];
    spied.resolveMappings = (...args) => { atLastWait.push(sector() === counted()); return resolve(...args); };
    let done = false;
    const refreshing = index.refresh(db).finally(() => { done = true; });
    // Look at every point where the refresh lets other work run, as a reader would.
    let looks = 0;
    while (!done) {
      expect(sector(), `look ${looks}`).toBe(counted());
      looks++;
      // Mostly between two steps of the same turn (the refresh's awaits resolve as microtasks),
      // now and then letting a new turn begin.
      if (looks % 50) await Promise.resolve();
      else await new Promise((resolve) => setImmediate(resolve));
    }
    await refreshing;
    expect(atLastWait).toEqual([true]);
    expect(looks).toBeGreaterThan(0);
    expect(index.orgs.get(id)!.latest!.levels[0]).toBe(4);
    expect(sector()).toBe(counted());
  });
});

describe.each(engines)('a kept benchmark on %s, where only the size of a group it does not show changes', (engine) => {
  let t: TestApp;
  afterAll(async () => { await t?.close(); });

  it('is withheld once the whole sector is one to four organisations more than its group (reveal by difference)', async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    const model = await ensureModel(db);
    // Six arts organisations of the same size: the whole sector at first.
    const arts: number[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await addOrganisation(db, { subsector: 'arts', staff: '0-4', province: i % 2 ? 'antwerpen' : 'limburg' });
      await addResult(db, id, model, '2024-02-01T09:00:00Z', { audience: i % 4 });
      arts.push(id);
    }
    const index = await MaturityIndex.build(db);
    const narrow = { subsector: true, size: true, province: false };
    const before = keptPeerBenchmark(index, arts[0]!, narrow)!;
    expect(before.value.group.visibility).toEqual({ shown: true });

    // A film organisation joins: no group the benchmark shows changes, but the whole sector is now
    // one more than the arts group, and showing both would describe the newcomer.
    const film = await addOrganisation(db, { subsector: 'film', staff: '50+', province: 'antwerpen' });
    await addResult(db, film, model, '2024-03-01T09:00:00Z', { audience: 3 });
    expect(await index.refresh(db)).toBe(true);
    const after = keptPeerBenchmark(index, arts[0]!, narrow)!;
    expect(after).not.toBe(before);
    expect(after.value.group.visibility).toEqual({ shown: false, reason: 'difference' });
  });

  it('compares every figure it shows: a benchmark differs from its copy as soon as one figure does', async () => {
    const db = t.database.db;
    const model = await ensureModel(db);
    // Five more film organisations, so that both the arts group and the whole sector are shown.
    for (let i = 0; i < 5; i++) await addResult(db, await addOrganisation(db, { subsector: 'film', staff: '5-19', province: 'limburg' }), model, '2024-04-01T09:00:00Z', { data: i });
    const index = await MaturityIndex.build(db);
    const arts = [...index.orgs.values()].find((o) => o.subsector === 'arts')!;
    const b = peerBenchmark(index, arts.id, { subsector: true, size: false, province: false })!;
    expect([b.group.visibility.shown, b.broader[0]!.visibility.shown]).toEqual([true, true]);
    const copy = () => ({ ...b, group: structuredClone(b.group), broader: structuredClone(b.broader) });
    expect(sameBenchmark(b, copy())).toBe(true);
    const changes: Array<(c: ReturnType<typeof copy>) => void> = [
      (c) => { c.group.peers = (c.group.peers ?? 0) + 1; },
      (c) => { c.group.includesDemo = !c.group.includesDemo; },
      (c) => { c.group.visibility = { shown: false, reason: 'too_small' }; },
      (c) => { c.broader[0]!.dimensions[0]!.median = 9; },
      (c) => { c.broader.pop(); },
      (c) => { c.latest = null; },
      ...(['peers', 'q1', 'median', 'q3', 'level', 'target', 'percentile', 'targetMedian', 'targetPeers', 'yoyMedian', 'yoyPeers'] as const)
        .map((field) => (c: ReturnType<typeof copy>) => { c.group.dimensions[1]![field] = 99; }),
    ];
    for (const change of changes) {
      const c = copy();
      change(c);
      expect(sameBenchmark(b, c), change.toString()).toBe(false);
    }
  });
});

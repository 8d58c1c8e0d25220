import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { DEMO_ORGANISATIONS, demoMaturitySeed } from './seed/demo.js';
import { ensureModel } from './test-fixtures.js';

describe.each(engines)('benchmark seed sets on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
  });
  afterAll(async () => { await t?.close(); });

  it('creates the six maturity KPIs, annual, in levels, owned by DCJM, not demo', async () => {
    const kpis = await t.database.db.selectFrom('kpis as k').leftJoin('actors as a', 'a.id', 'k.owner_actor_id')
      .select(['k.code', 'k.unit', 'k.direction', 'k.frequency', 'k.source', 'k.is_demo', 'a.code as owner'])
      .where('k.code', 'like', 'maturity-median-%').orderBy('k.code').execute();
    expect(kpis.map((k) => k.code)).toEqual(['audience', 'data', 'infrastructure', 'leadership', 'operations', 'value'].map((c) => `maturity-median-${c}`));
    for (const k of kpis) expect(k).toMatchObject({ unit: 'level', direction: 'increase', frequency: 'annual', source: 'Zelfevaluatie digitale maturiteit (Transitieruimte)', is_demo: false, owner: 'dcjm' });
  });

  it('loads nothing without a published model, then a labelled demo sector with small and large groups', async () => {
    const db = t.database.db;
    const published = await db.selectFrom('maturity_models').select('id').where('status', '=', 'published').execute();
    if (!published.length) {
      await db.transaction().execute((tx) => demoMaturitySeed.load(tx));
      expect(await db.selectFrom('organisations').select('id').where('is_demo', '=', true).execute()).toHaveLength(0);
    }
    const modelId = await ensureModel(db);
    await db.transaction().execute((tx) => demoMaturitySeed.load(tx));
    const orgs = await db.selectFrom('organisations').selectAll().where('is_demo', '=', true).execute();
    expect(orgs).toHaveLength(DEMO_ORGANISATIONS);
    expect(orgs.every((o) => o.name.startsWith('Demo: '))).toBe(true);
    const bySubsector = new Map<string, number>();
    const byPair = new Map<string, number>();
    for (const o of orgs) {
      bySubsector.set(o.subsector, (bySubsector.get(o.subsector) ?? 0) + 1);
      byPair.set(`${o.subsector}|${o.province}`, (byPair.get(`${o.subsector}|${o.province}`) ?? 0) + 1);
    }
    expect(bySubsector.size).toBe(8);
    expect(Math.min(...bySubsector.values())).toBeGreaterThanOrEqual(5);
    expect([...byPair.values()].some((n) => n < 5)).toBe(true);
    expect(new Set(orgs.map((o) => o.staff_class)).size).toBe(4);
    expect(new Set(orgs.map((o) => o.province)).size).toBe(6);
    expect(orgs.some((o) => o.contactable) && orgs.some((o) => !o.contactable)).toBe(true);

    const assessments = await db.selectFrom('assessments').selectAll().where('is_demo', '=', true).execute();
    const perOrg = new Map<number, number>();
    for (const a of assessments) perOrg.set(a.organisation_id, (perOrg.get(a.organisation_id) ?? 0) + 1);
    expect(Math.min(...perOrg.values())).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perOrg.values())).toBeLessThanOrEqual(3);
    for (const a of assessments) {
      expect(a).toMatchObject({ kind: 'full', status: 'submitted', model_id: modelId });
      expect(a.submitted_at!.getUTCFullYear()).toBeGreaterThanOrEqual(2024);
      expect(a.submitted_at!.getTime()).toBeLessThanOrEqual(Date.now());
    }
    expect(await db.selectFrom('assessment_answers').select('assessment_id').execute()).toHaveLength(0);

    t.app.readModels.catalog.touch('maturity');
    const sector = json(await t.app.inject('/api/maturity/sector?year=2025'));
    const median = (code: string) => sector.total.dimensions.find((d: any) => d.code === code).median;
    expect(median('infrastructure')).toBeGreaterThan(median('data'));
    expect(sector.includesDemo).toBe(true);
    expect(sector.cells.every((c: any) => c.shown || c.message)).toBe(true);

    // A newcomer sees figures for its own subsector thanks to the demo sector.
    const firstCircus = orgs.find((o) => o.subsector === 'circus')!;
    const member = await t.as('org_member');
    const userId = (await db.selectFrom('users').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow()).id;
    const newcomer = (await db.insertInto('organisations').values({
      name: 'Nieuw circus', subsector: 'circus', staff_class: firstCircus.staff_class, budget_class: 'lt-250k', province: 'limburg', municipality: 'Genk',
      legal_form: 'vzw', funding_framework: 'circusdecreet', website: null,
    }).returning('id').executeTakeFirstOrThrow()).id;
    await db.insertInto('organisation_members').values({ organisation_id: newcomer, user_id: userId, role: 'owner' }).execute();
    t.app.readModels.catalog.touch('maturity');
    const res = json(await t.app.inject({ url: `/api/organisations/${newcomer}/benchmark?subsector=same`, headers: member }));
    expect(res.assessment).toBeNull();
    expect(res.group.shown).toBe(true);
    expect(res.group.peers).toBeGreaterThanOrEqual(5);
    expect(res.group.dimensions[0].percentile).toBeNull();
  });
});

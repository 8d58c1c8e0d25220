import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { addMember, addOrganisation, addResult, ensureModel, newestUserId } from './test-fixtures.js';

type Headers = Record<string, string>;
const LATEST = '2025-03-10T10:00:00Z';
const PREVIOUS = '2024-05-15T10:00:00Z';

/**
 * A hand-made sector (see each expectation's comment for the arithmetic):
 * A (arts, 5-19, limburg) asks. Arts peers P1-P6 (5-19; P1-P4 limburg, P5-P6 antwerpen) with
 * audience 1,2,2,3,4,5; P1-P5 also assessed a year earlier, P6 only three months earlier.
 * Heritage H1 (5-19) and H2-H5 (0-4), antwerpen; circus C1-C5 (50+, west-vlaanderen);
 * literature L1 (brussel); demo D1 (film, brussel).
 */
describe.each(engines)('benchmarks on %s', (engine) => {
  let t: TestApp;
  let model: number;
  const ids: Record<string, number> = {};
  let member: Headers;
  let circusMember: Headers;
  let outsider: Headers;
  let team: Headers;

  const get = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    model = await ensureModel(db);
    ids.A = await addOrganisation(db, { subsector: 'arts', staff: '5-19', province: 'limburg' });
    await addResult(db, ids.A, model, LATEST, { audience: 3 }, { audience: 4 }, 'quick');
    const audience = [1, 2, 2, 3, 4, 5];
    const before = [0, 2, 1, 1, 3];
    const targets = [2, 3, 3, 4, 5];
    for (let i = 0; i < 6; i++) {
      const id = (ids[`P${i + 1}`] = await addOrganisation(db, { subsector: 'arts', staff: '5-19', province: i < 4 ? 'limburg' : 'antwerpen' }));
      if (i < 5) await addResult(db, id, model, PREVIOUS, { audience: before[i]! });
      else await addResult(db, id, model, '2024-12-20T10:00:00Z', { audience: 4 });
      await addResult(db, id, model, LATEST, { audience: audience[i]! }, i < 5 ? { audience: targets[i]! } : {});
    }
    for (let i = 0; i < 5; i++) {
      ids[`H${i + 1}`] = await addOrganisation(db, { subsector: 'heritage', staff: i === 0 ? '5-19' : '0-4', province: 'antwerpen' });
      await addResult(db, ids[`H${i + 1}`]!, model, LATEST, { audience: 2 });
    }
    for (let i = 0; i < 5; i++) {
      ids[`C${i + 1}`] = await addOrganisation(db, { subsector: 'circus', staff: '50+', province: 'west-vlaanderen' });
      await addResult(db, ids[`C${i + 1}`]!, model, LATEST, { audience: 3 });
    }
    ids.L1 = await addOrganisation(db, { subsector: 'literature', staff: '0-4', province: 'brussel' });
    await addResult(db, ids.L1, model, LATEST, { audience: 1 });
    ids.D1 = await addOrganisation(db, { subsector: 'film', staff: '0-4', province: 'brussel', demo: true });
    await addResult(db, ids.D1, model, LATEST, { audience: 5 });

    member = await t.as('org_member');
    await addMember(db, ids.A, await newestUserId(db));
    circusMember = await t.as('org_member');
    await addMember(db, ids.C1!, await newestUserId(db));
    outsider = await t.as('org_member');
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  const benchmark = async (org: number, query = '', headers = member) => {
    const res = await get(`/api/organisations/${org}/benchmark${query ? `?${query}` : ''}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    return json(res);
  };
  const audienceOf = (group: any) => group.dimensions.find((d: any) => d.code === 'audience');

  it("gives the peers' quartiles, the organisation's percentile, the median target and the year-on-year change", async () => {
    const body = await benchmark(ids.A!, 'subsector=same');
    expect(body.assessment).toMatchObject({ kind: 'quick', year: 2025 });
    expect(body.group).toMatchObject({ shown: true, peers: 6, reason: null });
    // Peers' audience levels 1,2,2,3,4,5: Q1 at rank 1.25, median at 2.5, Q3 at 3.75.
    // A's level 3: 3 peers below, 1 equal -> (3 + 0.5) / 6 = 58%.
    // Targets of P1-P5: 2,3,3,4,5 -> 3. Changes of P1-P5: +1,0,+1,+2,+1 -> +1 (P6's earlier one is too recent).
    expect(audienceOf(body.group)).toMatchObject({
      peers: 6, q1: 2, median: 2.5, q3: 3.75, level: 3, target: 4, percentile: 58, targetMedian: 3, targetPeers: 5, yoyMedian: 1, yoyPeers: 5,
    });
    const operations = body.group.dimensions.find((d: any) => d.code === 'operations');
    expect(operations).toMatchObject({ median: 2, percentile: 50, targetMedian: null, targetPeers: null, yoyMedian: 0 });
    expect(body.broader).toHaveLength(1);
    expect(body.broader[0]).toMatchObject({ filters: { subsector: false, size: false, province: false }, shown: true, peers: 18, includesDemo: true });
  });

  it('shows nothing for a group of 4 peers, not even the count, and says why', async () => {
    // Limburg: A and P1-P4, so 4 peers once A itself is left out.
    const body = await benchmark(ids.A!, 'province=same');
    expect(body.group).toMatchObject({ shown: false, reason: 'too_small', peers: null, dimensions: [] });
    expect(body.group.message).toContain('5');
    expect(JSON.stringify(body.group)).not.toMatch(/"peers":4/);
  });

  it('withholds a group that a broader group would reveal by difference', async () => {
    // Arts and 5-19: P1-P6 (6). Without the subsector filter, 5-19 adds H1: 7, one more.
    const body = await benchmark(ids.A!, 'subsector=same&size=same');
    expect(body.group).toMatchObject({ shown: false, reason: 'difference', peers: null });
    expect(body.group.message).toMatch(/verschil|difference/);
    const bySize = body.broader.find((b: any) => b.filters.size && !b.filters.subsector);
    expect(bySize).toMatchObject({ shown: true, peers: 7 });
  });

  it('offers the page with a chart beside its table, the rules, and a CSV download', async () => {
    const page = await get(`/organisations/${ids.A}/benchmark?subsector=same&lang=en`, member);
    expect(page.statusCode).toBe(200);
    // The chart carries the figures of the table beside it, for the browser to draw.
    const spec = JSON.parse(/data-chart="([^"]*)"/.exec(page.body)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    expect(spec.kind).toBe('quartiles');
    expect(spec.rows.length).toBeGreaterThan(0);
    expect(spec.rows.every((r: { median: number | null }) => r.median !== null)).toBe(true);
    expect(page.body).toContain('/static/js/charts.js');
    expect(page.body).toContain('<caption>Figures per dimension, same subsector (');
    expect(page.body).toContain('plus half the share with the same level');
    expect(page.body).toContain(`/organisations/${ids.A}/benchmark.csv?subsector=same`);
    expect(page.body).toContain('href="/maturity/sector"');
    const csv = await get(`/organisations/${ids.A}/benchmark.csv?subsector=same`, member);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body.trim().split('\n');
    expect(rows[0]).toContain('own_percentile');
    expect(rows.find((r) => r.includes(',audience,'))).toContain(',3,2,2.5,3.75,58,3,5,1,5,');
    const withheld = await get(`/organisations/${ids.A}/benchmark.csv?province=same`, member);
    expect(withheld.body).toContain(',no,');
  });

  it('refuses visitors, outsiders and the team without consent; lets members, coaches and the team with consent in', async () => {
    expect((await get(`/api/organisations/${ids.A}/benchmark`)).statusCode).toBe(401);
    const refused = await get(`/api/organisations/${ids.A}/benchmark`, outsider);
    expect(refused.statusCode).toBe(403);
    expect(json(refused).code).toBe('BENCHMARKS_NO_ACCESS');
    expect((await get(`/api/organisations/999999/benchmark`, member)).statusCode).toBe(404);
    expect((await get(`/api/organisations/${ids.A}/benchmark?subsector=maybe`, member)).statusCode).toBe(400);
    expect((await get(`/api/organisations/${ids.A}/benchmark`, team)).statusCode).toBe(403);

    const db = t.database.db;
    const coach = await t.as('org_member');
    const coachId = await newestUserId(db);
    const inviter = (await db.selectFrom('organisation_members').select('user_id').where('organisation_id', '=', ids.A!).executeTakeFirstOrThrow()).user_id;
    await db.insertInto('coach_invitations').values({ organisation_id: ids.A!, coach_user_id: coachId, actor_id: null, invited_by: inviter }).execute();
    // Invitations and consent change through writes under /organisations, which renew the maturity and access areas.
    t.app.readModels.catalog.touch('maturity', 'access');
    expect((await get(`/api/organisations/${ids.A}/benchmark`, coach)).statusCode).toBe(200);
    await db.updateTable('coach_invitations').set({ withdrawn_at: new Date() }).where('coach_user_id', '=', coachId).execute();
    await db.updateTable('organisations').set({ share_with_team: true, updated_at: new Date() }).where('id', '=', ids.A!).execute();
    t.app.readModels.catalog.touch('maturity', 'access');
    expect((await get(`/api/organisations/${ids.A}/benchmark`, coach)).statusCode).toBe(403);
    expect((await get(`/organisations/${ids.A}/benchmark`, team)).statusCode).toBe(200);
    await db.updateTable('organisations').set({ share_with_team: false, updated_at: new Date() }).where('id', '=', ids.A!).execute();
    t.app.readModels.catalog.touch('maturity', 'access');
  });

  it('publishes the sector baseline with small cells and their complement withheld', async () => {
    const res = await get('/api/maturity/sector?year=2025&by=subsector');
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(body.years).toEqual([2024, 2025]);
    // 2025: A + P1-P6 (7 arts), 5 heritage, 5 circus, 1 literature, 1 demo film: 19.
    expect(body.total).toMatchObject({ shown: true, n: 19 });
    expect(body.includesDemo).toBe(true);
    const cell = (code: string) => body.cells.find((c: any) => c.code === code);
    expect(cell('arts')).toMatchObject({ shown: true, n: 7 });
    expect(cell('heritage')).toMatchObject({ shown: true, n: 5 });
    expect(cell('literature')).toMatchObject({ shown: false, reason: 'too_small', n: null, dimensions: [] });
    expect(cell('film')).toMatchObject({ shown: false, reason: 'too_small', n: null });
    // Literature and film hold 2: circus (5, before heritage by code) is withheld with them.
    expect(cell('circus')).toMatchObject({ shown: false, reason: 'complementary', n: null });
    expect(cell('socio_cultural')).toMatchObject({ shown: true, n: 0 });
    const audience = cell('arts').dimensions.find((d: any) => d.code === 'audience');
    expect(audience).toMatchObject({ n: 7, median: 3, distribution: [0, 1, 2, 2, 1, 1] });

    const provinces = json(await get('/api/maturity/sector?year=2025&by=province'));
    const p = (code: string) => provinces.cells.find((c: any) => c.code === code);
    expect(p('brussel')).toMatchObject({ shown: false, reason: 'too_small' });
    expect(p('limburg')).toMatchObject({ shown: false, reason: 'complementary' });
    expect(p('antwerpen')).toMatchObject({ shown: true, n: 7 });
    expect(provinces.trend.map((x: any) => [x.year, x.n])).toEqual([[2024, 6], [2025, 19]]);

    expect((await get('/api/maturity/sector?year=2019')).statusCode).toBe(400);
    expect((await get('/api/maturity/sector?by=municipality')).statusCode).toBe(400);
    const page = await get('/maturity/sector?year=2025&by=province&lang=en');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('together with the total');
    expect(page.body).not.toContain('/maturity/sector/kpis');
  });

  it('feeds one year to the six KPIs from shown groups of real organisations only, idempotently', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/maturity/sector/kpis', headers: outsider, payload: { year: 2025 } })).statusCode).toBe(403);
    const before = json(await get('/api/kpis/maturity-median-audience/series'));
    expect(before.points).toEqual([]);
    const feed = async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/maturity/sector/kpis', headers: team, payload: { year: 2025 } });
      expect(res.statusCode, res.body).toBe(200);
      return json(res);
    };
    const first = await feed();
    // Total (6) + arts, heritage (12) + antwerpen, west-vlaanderen (12): the demo film org is left out,
    // so literature (1) is alone and circus, limburg are withheld beside it and brussel.
    expect(first).toMatchObject({ year: 2025, written: 30, removed: 0 });
    expect(first.kpis).toHaveLength(6);
    const second = await feed();
    expect(second).toMatchObject({ written: 30, removed: 0 });
    const db = t.database.db;
    const rows = await db.selectFrom('measurements as m').innerJoin('kpis as k', 'k.id', 'm.kpi_id')
      .select(['k.code', 'm.subsector', 'm.province', 'm.value', 'm.confidence', 'm.note', 'm.period']).where('k.code', 'like', 'maturity-median-%').execute();
    expect(rows).toHaveLength(30);
    expect(rows.some((r) => ['circus', 'literature', 'film'].includes(r.subsector) || ['limburg', 'brussel'].includes(r.province))).toBe(false);
    // 18 real organisations: audience 1,1 / 2 x7 / 3 x7 / 4 / 5 -> median 2.5.
    const total = rows.find((r) => r.code === 'maturity-median-audience' && r.subsector === '' && r.province === '')!;
    expect(Number(total.value)).toBe(2.5);
    expect(total).toMatchObject({ period: '2025', confidence: 'medium', note: 'n = 18' });
    const after = json(await get('/api/kpis/maturity-median-audience/series'));
    expect(after.points).toMatchObject([{ period: '2025', value: 2.5 }]);
    const audits = await db.selectFrom('audit_log').select('after').where('entity_type', '=', 'maturity_baseline_kpis').execute();
    expect(audits).toHaveLength(2);

    const page = await get('/maturity/sector?year=2025', team);
    expect(page.body).toContain('action="/maturity/sector/kpis"');
    const form = await t.app.inject({ method: 'POST', url: '/maturity/sector/kpis', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' }, payload: `year=2025&_csrf=${encodeURIComponent(team['x-csrf-token']!)}` });
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toBe('/maturity/sector?year=2025&fed=2025');
    expect((await get('/api/maturity/sector?year=2025', team)).statusCode).toBe(200);
  });

  it('documents its API in the OpenAPI document', async () => {
    const doc = json(await get('/api/v1/openapi.json'));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/organisations/{id}/benchmark', '/api/v1/maturity/sector', '/api/v1/maturity/sector/kpis']));
    expect(doc.paths['/api/v1/organisations/{id}/benchmark'].get.tags).toEqual(['benchmarks']);
  });

  it('sees a result inserted after a write on the next read: 4 circus peers become 5', async () => {
    const before = await benchmark(ids.C1!, 'subsector=same', circusMember);
    expect(before.group).toMatchObject({ shown: false, reason: 'too_small' });
    const db = t.database.db;
    const c6 = await addOrganisation(db, { subsector: 'circus', staff: '50+', province: 'west-vlaanderen' });
    await addResult(db, c6, model, new Date().toISOString(), { audience: 5 });
    // Any successful write under the maturity addresses renews the read model.
    const write = await t.app.inject({ method: 'POST', url: '/api/maturity/sector/kpis', headers: team, payload: { year: 2025 } });
    expect(write.statusCode).toBe(200);
    const after = await benchmark(ids.C1!, 'subsector=same', circusMember);
    expect(after.group).toMatchObject({ shown: true, peers: 5 });
    expect(audienceOf(after.group)).toMatchObject({ median: 3, level: 3, percentile: 40 });
  });
});

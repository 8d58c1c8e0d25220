import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
const bi = (s: string) => ({ nl: s, en: s });
const horizons = { 2025: bi('Doel 2025'), 2035: bi('Doel 2035'), 2050: bi('Doel 2050') };

describe.each(engines)('transition paths and scenarios on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  let member: Headers;
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const get = (url: string) => t.app.inject(url);

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
    member = await t.as('org_member');
  });
  afterAll(async () => { await t?.close(); });

  it('flags the demo path without any action line, in the API and in words on the list', async () => {
    const list = json(await get('/api/paths'));
    expect(list.withoutActionLines).toBe(1);
    expect(list.items.find((p: any) => p.code === 'demo-pad-open-data')).toMatchObject({ withoutActionLines: true, actionLineCount: 0, progress: null });
    const page = (await get('/paths?lang=en')).body;
    expect(page).toContain('1 path has no action line yet');
    expect(page.match(/No short-term action line/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('shows per horizon the action lines tied to a path, with their derived progress and KPIs', async () => {
    const path = json(await get('/api/paths/demo-pad-basisinfrastructuur'));
    const h2025 = path.horizons.find((h: any) => h.year === 2025);
    const line = h2025.actionLines[0];
    expect(line.code).toBe('demo-basisinfrastructuur');
    const cycle = json(await get('/api/action-lines/demo-basisinfrastructuur'));
    expect(line.progress).toBeCloseTo(cycle.progress, 3);
    expect(line.kpis.map((k: any) => k.code)).toContain('demo-europeana-aggregation-share');
    expect(path.horizons.find((h: any) => h.year === 2035).actionLines.map((l: any) => l.code)).toEqual(['demo-proeftuinen']);
    expect(path.pillars.map((p: any) => p.number)).toEqual([3, 5]);
    const page = (await get('/paths/demo-pad-basisinfrastructuur?lang=en')).body;
    expect(page).toContain('Horizon 2025');
    expect(page).toContain('href="/action-lines/demo-basisinfrastructuur"');
    expect(page).toContain('href="/kpis/demo-europeana-aggregation-share"');
  });

  it('ties and unties action lines from the path page by the team only; the flag follows', async () => {
    const url = '/api/paths/demo-pad-open-data/action-lines/demo-digitale-competenties';
    expect((await send('PUT', url, member, { horizon: 2035 })).statusCode).toBe(403);
    expect((await send('PUT', url, team, { horizon: 2040 })).statusCode).toBe(400);
    const bad = await send('PUT', '/api/paths/demo-pad-open-data/action-lines/no-such-line', team, { horizon: 2035 });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors[0].field).toBe('line');
    const tied = await send('PUT', url, team, { horizon: 2035 });
    expect(tied.statusCode, tied.body).toBe(200);
    expect(json(tied)).toMatchObject({ withoutActionLines: false, actionLineCount: 1 });
    expect(json(await get('/api/paths')).withoutActionLines).toBe(0);
    const moved = json(await send('PUT', url, team, { horizon: 2050 }));
    expect(moved.horizons.find((h: any) => h.year === 2050).actionLines.map((l: any) => l.code)).toEqual(['demo-digitale-competenties']);
    expect(json(await send('DELETE', url, team)).withoutActionLines).toBe(true);
    expect((await send('DELETE', url, team)).statusCode).toBe(404);
    expect((await get('/paths?lang=en')).body).toContain('1 path has no action line yet');
  });

  it('creates and edits a path: bad input names the field, a stale version gets 409', async () => {
    const bad = await send('POST', '/api/paths', team, { code: 'Test Pad', title: bi('x'), horizons: { 2025: bi('') }, pillars: [9] });
    expect(bad.statusCode).toBe(400);
    const fields = json(bad).errors.map((e: any) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.code', 'body.horizons.2035', 'body.horizons.2025.nl']));
    const created = await send('POST', '/api/paths', team, { code: 'test-pad', title: bi('Testpad'), horizons, pillars: [1], challenges: [1, 2] });
    expect(created.statusCode, created.body).toBe(201);
    expect(json(created)).toMatchObject({ code: 'test-pad', version: 1, withoutActionLines: true, challenges: [{ number: 1 }, { number: 2 }] });
    expect((await send('POST', '/api/paths', team, { code: 'test-pad', title: bi('x'), horizons })).statusCode).toBe(409);
    const unknown = await send('PUT', '/api/paths/test-pad', team, { version: 1, title: bi('x'), horizons, challenges: [99] });
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).errors[0].field).toBe('challenges.0');
    expect((await send('PUT', '/api/paths/test-pad', team, { version: 1, title: bi('Nieuw'), horizons })).statusCode).toBe(200);
    const stale = await send('PUT', '/api/paths/test-pad', team, { version: 1, title: bi('Oud'), horizons });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'VISION_STALE', currentVersion: 2 });
    expect(json(await get('/api/paths/test-pad')).title.nl).toBe('Nieuw');
  });

  it('keeps the input of a stale path edit in the form, with a conflict notice', async () => {
    const form = new URLSearchParams({ version: '1', title_nl: 'Mijn titel', title_en: 'My title', horizons_2025_nl: 'a', horizons_2025_en: 'a', horizons_2035_nl: 'b', horizons_2035_en: 'b', horizons_2050_nl: 'c', horizons_2050_en: 'c' });
    const res = await t.app.inject({ method: 'POST', url: '/paths/test-pad/edit', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('id="stale-notice"');
    expect(res.body).toContain('value="Mijn titel"');
    expect(res.body).toContain('name="version" value="2"');
  });

  it('logs signals (team and advisory board) and counts them per quarter and scenario', async () => {
    const signal = (headers: Headers, scenario: string, observedOn: string) =>
      send('POST', '/api/signals', headers, { scenario, observedOn, source: 'Test', description: 'Een signaal' });
    expect((await signal(member, 'demo-scenario-coalitie', '2026-04-02')).statusCode).toBe(403);
    const bad = await signal(team, 'no-such', '2026-02-30x');
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors.map((e: any) => e.field)).toContain('body.observedOn');
    const unknown = await signal(team, 'no-such', '2026-04-02');
    expect(unknown.statusCode).toBe(400);
    expect(json(unknown).errors[0].field).toBe('scenario');
    expect((await signal(steering, 'demo-scenario-coalitie', '2026-04-02')).statusCode).toBe(201);
    expect((await signal(team, 'demo-scenario-coalitie', '2026-06-30')).statusCode).toBe(201);
    expect((await signal(team, 'demo-scenario-gemeengoed', '2026-05-01')).statusCode).toBe(201);
    const set = json(await get('/api/scenarios')).items.find((s: any) => s.code === 'demo-scenarios-2040');
    const counts = set.signalsPerQuarter;
    const q = counts.quarters.indexOf('2026-Q2');
    const row = (code: string) => counts.rows.find((r: any) => r.code === code).counts;
    expect(row('demo-scenario-coalitie')[q]).toBe(2);
    expect(row('demo-scenario-gemeengoed')[q]).toBe(1);
    expect(row('demo-scenario-open-eilanden')[q]).toBe(0);
    // Every quarter from the first signal to the last is listed, also quarters without signals.
    expect(counts.quarters[0]).toBe('2025-Q1');
    expect(counts.quarters).toContain('2025-Q4');
    expect(counts.quarters.length).toBe(6);
    const page = (await get('/scenarios?lang=en')).body;
    expect(page).toContain('<figure class="chart" role="img"');
    expect(page).toContain('Signals per quarter and scenario');
    expect(page).not.toContain('style="');
    expect(json(await get('/api/scenarios/demo-scenario-coalitie')).scenario.signals).toBe(3);
  });

  it('creates a scenario set only with one scenario per quadrant, and edits a scenario with a version check', async () => {
    const scenario = (code: string, pole1: string, pole2: string) => ({ code, pole1, pole2, title: bi(code) });
    const axis = { name: bi('As'), low: bi('Laag'), high: bi('Hoog') };
    const body = { code: 'test-set', title: bi('Set'), horizonYear: 2045, axis1: axis, axis2: axis };
    const twice = await send('POST', '/api/scenarios/sets', team, { ...body, scenarios: [scenario('t-a', 'low', 'low'), scenario('t-b', 'low', 'low'), scenario('t-c', 'high', 'low'), scenario('t-d', 'high', 'high')] });
    expect(twice.statusCode).toBe(400);
    expect(json(twice).errors[0].field).toBe('scenarios');
    const ok = await send('POST', '/api/scenarios/sets', team, { ...body, scenarios: [scenario('t-a', 'low', 'low'), scenario('t-b', 'low', 'high'), scenario('t-c', 'high', 'low'), scenario('t-d', 'high', 'high')] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(json(ok).scenarios).toHaveLength(4);
    expect((await send('PUT', '/api/scenarios/t-a', team, { version: 1, title: bi('A'), narrative: bi('Verhaal') })).statusCode).toBe(200);
    const stale = await send('PUT', '/api/scenarios/t-a', team, { version: 1, title: bi('B') });
    expect(stale.statusCode).toBe(409);
    expect(json(await get('/api/scenarios/t-a')).scenario).toMatchObject({ title: { nl: 'A' }, narrative: { nl: 'Verhaal' }, version: 2 });
    expect((await get('/scenarios/t-a')).statusCode).toBe(200);
  });
});

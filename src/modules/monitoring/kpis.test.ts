import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

export const newKpi = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: { nl: 'Aandeel organisaties met open data', en: 'Share of organisations with open data' },
  definition: { nl: 'Het aandeel dat open data publiceert.', en: 'The share that publishes open data.' },
  unit: '%', direction: 'increase', frequency: 'annual', source: 'Bevraging', owner: 'meemoo',
  instruments: ['self-assessment-tool'], baseline: { value: 10, date: '2022-01-01' },
  targets: [{ year: 2025, value: 20 }, { year: 2027, value: 30 }],
  ...extra,
});
const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

describe.each(engines)('KPIs API and pages on %s', (engine) => {
  let t: TestApp;
  let team: Record<string, string>;
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  it('lists the demo KPIs with their baseline, latest value, target and standing', async () => {
    const res = await t.app.inject('/api/kpis?year=2026');
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(body.year).toBe(2026);
    const strategy = body.items.find((k: any) => k.code === 'demo-digital-strategy-share');
    expect(strategy).toMatchObject({ isDemo: true, unit: '%', frequency: 'annual', baseline: { value: 23, date: '2021-06-30' } });
    expect(strategy.name.nl).toMatch(/^\[demo\]/);
    expect(strategy.summary).toMatchObject({ year: 2026, latest: { period: '2025', value: 41 }, target: { year: 2026, value: 50 }, status: 'behind', onTrack: false });
    expect(body.items.map((k: any) => k.code)).toEqual(expect.arrayContaining(['demo-self-assessments', 'demo-europeana-aggregation-share', 'demo-helpdesk-response-days']));
    const asOf2025 = json(await t.app.inject('/api/kpis?year=2025')).items.find((k: any) => k.code === 'demo-digital-strategy-share');
    expect(asOf2025.summary).toMatchObject({ target: { year: 2025, value: 40 }, status: 'reached', onTrack: true });
  });

  it('serves a series per breakdown and a comparison across subsectors and provinces', async () => {
    const series = json(await t.app.inject('/api/kpis/demo-digital-strategy-share/series'));
    expect(series.points.map((p: any) => p.period)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    const heritage = json(await t.app.inject('/api/kpis/demo-digital-strategy-share/series?subsector=heritage'));
    expect(heritage.points).toHaveLength(5);
    expect(heritage.subsector).toBe('heritage');
    const comparison = json(await t.app.inject('/api/kpis/demo-digital-strategy-share/comparison'));
    expect(comparison.years).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(comparison.bySubsector[0]).toEqual({ code: '', values: [23, 27, 31, 36, 41] });
    expect(comparison.bySubsector).toHaveLength(9);
    expect(comparison.byProvince.map((r: any) => r.code)).toEqual(['', 'antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']);
    expect((await t.app.inject('/api/kpis/demo-digital-strategy-share/series?province=gent')).statusCode).toBe(400);
  });

  it('describes every JSON twin in the OpenAPI document under the monitoring tag', async () => {
    const doc = json(await t.app.inject('/api/v1/openapi.json'));
    for (const path of ['/api/v1/kpis', '/api/v1/kpis/{code}', '/api/v1/kpis/{code}/series', '/api/v1/kpis/{code}/comparison', '/api/v1/kpis/{code}/measurements',
      '/api/v1/kpis/{code}/measurements.csv', '/api/v1/measurements.csv', '/api/v1/kpis/{code}/measurements.xlsx', '/api/v1/measurements.xlsx', '/api/v1/imports', '/api/v1/imports/{id}']) {
      expect(doc.paths[path], path).toBeDefined();
      for (const op of Object.values(doc.paths[path]) as Array<{ tags: string[] }>) expect(op.tags).toEqual(['monitoring']);
    }
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(Object.keys(doc.paths['/api/v1/imports'].post.requestBody.content)).toEqual(['text/csv', xlsx, 'application/octet-stream']);
    expect(Object.keys(doc.paths['/api/v1/measurements.xlsx'].get.responses['200'].content)).toEqual([xlsx]);
    expect((await t.app.inject('/api/v1/docs')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown KPI, as JSON and as a page', async () => {
    for (const url of ['/api/kpis/no-such-kpi', '/api/kpis/no-such-kpi/series', '/api/kpis/no-such-kpi/measurements.csv']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await t.app.inject('/kpis/no-such-kpi')).statusCode).toBe(404);
    expect((await t.app.inject('/api/imports/999999')).statusCode).toBe(404);
  });

  it('refuses writes without login (401) and for organisation members and the steering committee (403)', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/kpis', payload: newKpi('x-kpi') })).statusCode).toBe(401);
    for (const role of ['org_member', 'steering_committee'] as const) {
      const headers = await t.as(role);
      expect((await t.app.inject({ method: 'POST', url: '/api/kpis', headers, payload: newKpi('x-kpi') })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'POST', url: '/api/kpis/demo-digital-strategy-share/measurements', headers, payload: { period: '2026', value: 1, unit: '%' } })).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'POST', url: '/api/imports', headers: { ...headers, 'content-type': 'text/csv' }, payload: 'x' })).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/kpis/new', headers })).statusCode).toBe(403);
      expect((await t.app.inject({ url: '/imports/new', headers })).statusCode).toBe(403);
    }
    expect((await t.app.inject('/kpis/new')).statusCode).toBe(401);
  });

  it('creates a KPI with its links, targets and an audit record', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/kpis', headers: team, payload: newKpi('open-data-share') });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBe('/api/kpis/open-data-share');
    expect(json(res)).toMatchObject({
      code: 'open-data-share', version: 1, owner: { code: 'meemoo' }, instruments: [{ code: 'self-assessment-tool' }],
      targets: [{ year: 2025, value: 20 }, { year: 2027, value: 30 }], status: 'active', measurementCount: 0,
    });
    const history = json(await t.app.inject({ url: '/api/kpis/open-data-share/history', headers: team }));
    expect(history.map((h: any) => h.action)).toEqual(['create']);
    expect((await t.app.inject({ method: 'POST', url: '/api/kpis', headers: team, payload: newKpi('open-data-share') })).statusCode).toBe(409);
  });

  it('names every invalid field and every unknown reference, and writes nothing', async () => {
    const bad = await t.app.inject({
      method: 'POST', url: '/api/kpis', headers: team,
      payload: { code: 'Bad Code', name: { nl: '' }, unit: '', direction: 'sideways', frequency: 'weekly', baseline: { value: 'x', date: '2025-13-45' }, targets: [{ year: 1800, value: 1 }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(json(bad))).toEqual(expect.arrayContaining([
      'body.code', 'body.name.en', 'body.name.nl', 'body.definition', 'body.unit', 'body.direction', 'body.frequency', 'body.baseline.value', 'body.baseline.date', 'body.targets.0.year',
    ]));
    const refs = await t.app.inject({
      method: 'POST', url: '/api/kpis', headers: team,
      payload: newKpi('ghost-refs', { owner: 'nobody', instruments: ['self-assessment-tool', 'no-such-instrument'], actionLines: ['AL-99'], targets: [{ year: 2025, value: 1 }, { year: 2025, value: 2 }] }),
    });
    expect(refs.statusCode).toBe(400);
    expect(fieldsOf(json(refs))).toEqual(['owner', 'instruments.1', 'actionLines.0', 'targets.1.year']);
    expect(json(refs).detail).toContain('actor nobody does not exist');
    expect(json(refs).detail).toContain('instrument no-such-instrument does not exist');
    expect(json(refs).detail).toContain('action line AL-99 does not exist');
    expect((await t.app.inject('/api/kpis/ghost-refs')).statusCode).toBe(404);
  });

  it('refuses text PostgreSQL cannot store (a NUL character) and numbers beyond range with 400, not 500', async () => {
    const nul = await t.app.inject({ method: 'POST', url: '/api/kpis', headers: team, payload: newKpi('nul-kpi', { name: { nl: 'a\u0000b', en: 'x' } }) });
    expect(nul.statusCode).toBe(400);
    expect(fieldsOf(json(nul))).toEqual(['body.name.nl']);
    const note = await t.app.inject({ method: 'POST', url: '/api/kpis/demo-digital-strategy-share/measurements', headers: team, payload: { period: '2030', value: 1, unit: '%', note: 'x\u0000' } });
    expect(note.statusCode).toBe(400);
    const csv = await t.app.inject({
      method: 'POST', url: '/api/imports', headers: { ...team, 'content-type': 'text/csv' },
      payload: 'kpi,period,value,unit,subsector,province,source,confidence,note\nde\u0000mo,2030,1,%,,,a\u0000b,,\n',
    });
    expect(csv.statusCode).toBe(400);
    expect(fieldsOf(json(csv))).toEqual(['line.2.kpi', 'line.2.source']);
    const huge = await t.app.inject({
      method: 'POST', url: '/api/kpis', headers: { ...team, 'content-type': 'application/json' },
      payload: '{"code":"huge-kpi","name":{"nl":"a","en":"b"},"definition":{"nl":"a","en":"b"},"unit":"%","direction":"increase","frequency":"annual","targets":[{"year":2025,"value":1e400}]}',
    });
    expect(huge.statusCode).toBe(400);
  });

  it('detects a stale edit with 409 and keeps the newer version', async () => {
    const { code: _c, ...fields } = newKpi('open-data-share');
    const first = await t.app.inject({ method: 'PUT', url: '/api/kpis/open-data-share', headers: team, payload: { ...fields, version: 1, name: { nl: 'Eerste', en: 'First' } } });
    expect(first.statusCode).toBe(200);
    expect(json(first).version).toBe(2);
    const second = await t.app.inject({ method: 'PUT', url: '/api/kpis/open-data-share', headers: team, payload: { ...fields, version: 1, name: { nl: 'Tweede', en: 'Second' } } });
    expect(second.statusCode).toBe(409);
    expect(json(second)).toMatchObject({ code: 'KPI_STALE', currentVersion: 2 });
    expect(json(await t.app.inject('/api/kpis/open-data-share')).name.nl).toBe('Eerste');
    expect((await t.app.inject({ method: 'PUT', url: '/api/kpis/no-such-kpi', headers: team, payload: { ...fields, version: 1 } })).statusCode).toBe(404);
  });

  it('enters measurements by the KPI\'s rules: period of its frequency, its unit, known codes', async () => {
    const url = '/api/kpis/open-data-share/measurements';
    const post = (payload: object) => t.app.inject({ method: 'POST', url, headers: team, payload });
    const created = await post({ period: '2024', value: 14.5, unit: '%', subsector: 'heritage', province: 'limburg', confidence: 'high' });
    expect(created.statusCode).toBe(201);
    expect(json(created)).toMatchObject({ kpi: 'open-data-share', period: '2024', periodStart: '2024-01-01', value: 14.5, subsector: 'heritage', province: 'limburg' });
    const replaced = await post({ period: '2024', value: 15, unit: '%', subsector: 'heritage', province: 'limburg' });
    expect(replaced.statusCode).toBe(200);
    expect(json(replaced).id).toBe(json(created).id);

    const quarterly = await post({ period: '2024-Q2', value: 1, unit: '%' });
    expect(quarterly.statusCode).toBe(400);
    expect(fieldsOf(json(quarterly))).toEqual(['period']);
    expect(json(quarterly).detail).toContain('2024-Q2 is not a annual period');
    const unit = await post({ period: '2024', value: 1, unit: 'count' });
    expect(unit.statusCode).toBe(400);
    expect(fieldsOf(json(unit))).toEqual(['unit']);
    const shape = await post({ period: '2024', value: 'lots', unit: '%', subsector: 'theatre', province: 'gent', confidence: 'sure' });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(json(shape))).toEqual(expect.arrayContaining(['body.value', 'body.subsector', 'body.province', 'body.confidence']));
    expect((await t.app.inject({ method: 'POST', url: '/api/kpis/no-such-kpi/measurements', headers: team, payload: { period: '2024', value: 1, unit: '%' } })).statusCode).toBe(404);

    const history = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'measurement')
      .where('entity_id', '=', 'open-data-share/2024/heritage/limburg').orderBy('id').execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
  });

  it('keeps the unit and frequency once there are measurements', async () => {
    const current = json(await t.app.inject('/api/kpis/open-data-share'));
    const { code: _c, ...fields } = newKpi('open-data-share');
    const res = await t.app.inject({ method: 'PUT', url: '/api/kpis/open-data-share', headers: team, payload: { ...fields, version: current.version, unit: 'count', frequency: 'monthly' } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json(res))).toEqual(['unit', 'frequency']);
  });

  it('deletes a measurement and retires and restores a KPI', async () => {
    const list = json(await t.app.inject('/api/kpis/open-data-share/measurements?all=true'));
    expect(list.total).toBe(1);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/kpis/open-data-share/measurements/${list.items[0].id}`, headers: team });
    expect(del.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/kpis/open-data-share/measurements/${list.items[0].id}`, headers: team })).statusCode).toBe(404);
    let version = json(await t.app.inject('/api/kpis/open-data-share')).version;
    const retired = await t.app.inject({ method: 'POST', url: '/api/kpis/open-data-share/retire', headers: team, payload: { version } });
    expect(retired.statusCode).toBe(200);
    expect(json(retired).status).toBe('retired');
    expect(json(await t.app.inject('/api/kpis')).items.map((k: any) => k.code)).not.toContain('open-data-share');
    const refused = await t.app.inject({ method: 'POST', url: '/api/kpis/open-data-share/measurements', headers: team, payload: { period: '2025', value: 1, unit: '%' } });
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(json(refused))).toEqual(['kpi']);
    version = json(retired).version;
    expect((await t.app.inject({ method: 'POST', url: '/api/kpis/open-data-share/retire', headers: team, payload: { version } })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: '/api/kpis/open-data-share/restore', headers: team, payload: { version } })).statusCode).toBe(200);
  });

  it('renders the pages, and a refused form shows the input back with named errors', async () => {
    for (const url of ['/kpis', '/kpis?year=2025&status=all', '/kpis/demo-digital-strategy-share', '/kpis/demo-self-assessments?province=limburg', '/kpis/demo-helpdesk-response-days?page=2']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(200);
    }
    const detail = (await t.app.inject('/kpis/demo-digital-strategy-share')).body;
    expect(detail).toContain('data-kpi-chart=');
    expect(detail).toContain('<table class="data-table">');
    for (const url of ['/kpis/new', '/kpis/demo-digital-strategy-share/edit', '/kpis/demo-digital-strategy-share/measurements/new', '/kpis/demo-digital-strategy-share/measurements/new?period=2025', '/imports/new']) {
      expect((await t.app.inject({ url, headers: team })).statusCode, url).toBe(200);
    }
    const form = new URLSearchParams({ _csrf: team['x-csrf-token']!, code: 'form-kpi', name_nl: 'Formulier-KPI', name_en: '', definition_nl: 'x', definition_en: 'x', unit: '%', direction: 'increase', frequency: 'annual', baseline_value: '12,5', baseline_date: '', target_2026: 'veel' });
    const refused = await t.app.inject({ method: 'POST', url: '/kpis', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="error-summary"');
    expect(refused.body).toContain('value="Formulier-KPI"');
    expect(refused.body).toContain('href="#f-name_en"');
    expect(refused.body).toContain('href="#f-baseline_date"');
    expect(refused.body).toContain('href="#f-target_2026"');
    form.set('name_en', 'Form KPI');
    form.set('baseline_date', '2024-01-01');
    form.set('target_2026', '30');
    const saved = await t.app.inject({ method: 'POST', url: '/kpis', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/kpis/form-kpi?saved=created');
    expect(json(await t.app.inject('/api/kpis/form-kpi')).baseline).toEqual({ value: 12.5, date: '2024-01-01' });
  });

  it('shows a stale page edit with the user\'s input and the current version', async () => {
    const kpi = json(await t.app.inject('/api/kpis/form-kpi'));
    const { code: _c, ...fields } = newKpi('form-kpi');
    await t.app.inject({ method: 'PUT', url: '/api/kpis/form-kpi', headers: team, payload: { ...fields, version: kpi.version } });
    const form = new URLSearchParams({ _csrf: team['x-csrf-token']!, version: String(kpi.version), name_nl: 'Mijn versie', name_en: 'My version', definition_nl: 'x', definition_en: 'x', unit: '%', direction: 'increase', frequency: 'annual' });
    const res = await t.app.inject({ method: 'POST', url: '/kpis/form-kpi', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('id="stale-notice"');
    expect(res.body).toContain('value="Mijn versie"');
    expect(res.body).toContain(`name="version" value="${kpi.version + 1}"`);
  });

  it('enters a measurement through the page form and refuses a bad period there', async () => {
    const headers = { ...team, 'content-type': 'application/x-www-form-urlencoded' };
    const bad = await t.app.inject({ method: 'POST', url: '/kpis/demo-self-assessments/measurements', headers, payload: new URLSearchParams({ _csrf: team['x-csrf-token']!, period: '2026', value: '1.000' }).toString() });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-period"');
    expect(bad.body).toContain('value="2026"');
    const ok = await t.app.inject({ method: 'POST', url: '/kpis/demo-self-assessments/measurements', headers, payload: new URLSearchParams({ _csrf: team['x-csrf-token']!, period: '2026-Q4', value: '990', province: 'brussel', confidence: 'low' }).toString() });
    expect(ok.statusCode).toBe(303);
    const rows = json(await t.app.inject('/api/kpis/demo-self-assessments/measurements?province=brussel'));
    expect(rows.items[0]).toMatchObject({ period: '2026-Q4', value: 990, unit: 'organisations', confidence: 'low' });
  });
});

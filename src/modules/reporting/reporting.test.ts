import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { readFirstSheet } from '../../xlsx/index.js';
import { parseCsv } from '../monitoring/csv.js';

const YEAR = 2019;

async function insertYear(t: TestApp) {
  const db = t.database.db;
  const actor = await db.selectFrom('actors').select('id').where('code', '=', 'dcjm').executeTakeFirstOrThrow();
  const line = await db.insertInto('action_lines').values({ code: 'RPT-AL', title_nl: 'Rapportlijn', title_en: 'Report line', owner_actor_id: actor.id }).returning('id').executeTakeFirstOrThrow();
  const plan = await db.insertInto('plans').values({ action_line_id: line.id, kind: 'annual', year_from: YEAR, year_to: YEAR }).returning('id').executeTakeFirstOrThrow();
  const action = await db.insertInto('actions').values({ plan_id: plan.id, code: 'RPT-1', title_nl: 'Rapportactie', title_en: 'Report action', responsible_actor_id: actor.id, status: 'running', budget_planned: 1000, budget_spent: 400 }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('milestones').values([
    { action_id: action.id, title_nl: 'Mijlpaal gehaald', title_en: 'Milestone reached', due_on: `${YEAR}-03-01`, done_on: `${YEAR}-03-15`, weight: 3 },
    { action_id: action.id, title_nl: 'Mijlpaal gemist', title_en: 'Milestone missed', due_on: `${YEAR}-06-01`, done_on: null, weight: 1 },
  ]).execute();
  const kpi = await db.insertInto('kpis').values({ code: 'RPT-KPI', name_nl: 'Rapport-KPI', name_en: 'Report KPI', unit: '%', direction: 'increase', frequency: 'annual', baseline_value: 10, baseline_date: '2018-01-01' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('kpi_targets').values({ kpi_id: kpi.id, year: YEAR, value: 20 }).execute();
  await db.insertInto('measurements').values({ kpi_id: kpi.id, period: String(YEAR), period_start: `${YEAR}-01-01`, value: 25, unit: '%' }).execute();
  const body = await db.insertInto('bodies').values({ code: 'rpt-body', kind: 'steering_committee', name_nl: 'Rapportstuurgroep', name_en: 'Report steering committee' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('decisions').values({ code: 'RPT-D1', body_id: body.id, title_nl: 'Rapportbesluit', title_en: 'Report decision', status: 'published', decided_on: `${YEAR}-02-01` }).execute();
  return { actionId: action.id };
}

describe.each(engines)('annual report on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); await insertYear(t); });
  afterAll(async () => { await t?.close(); });

  it('gathers the year: actions with derived progress, milestones reached and missed, KPIs against targets, decisions', async () => {
    const team = await t.as('transition_team');
    const data = json(await t.app.inject({ url: `/api/reports/${YEAR}`, headers: team }));
    const line = data.actionLines.find((l: { code: string }) => l.code === 'RPT-AL');
    expect(line.actions[0].progress).toBe(0.75);
    expect(data.milestones.reached.map((m: { action: string }) => m.action)).toContain('RPT-1');
    expect(data.milestones.missed.map((m: { action: string }) => m.action)).toContain('RPT-1');
    const kpi = data.kpis.find((k: { code: string }) => k.code === 'RPT-KPI');
    expect(kpi).toMatchObject({ baseline: 10, target: 20, value: 25, onTrack: true });
    expect(data.decisions.map((d: { code: string }) => d.code)).toContain('RPT-D1');
  });

  it('keeps drafts from the public and from organisation members', async () => {
    expect((await t.app.inject(`/api/reports/${YEAR}`)).statusCode).toBe(401);
    expect((await t.app.inject({ url: `/api/reports/${YEAR}`, headers: await t.as('org_member') })).statusCode).toBe(403);
  });

  it('renders the report as a PDF in Node', async () => {
    const res = await t.app.inject({ url: `/reports/${YEAR}/pdf`, headers: await t.as('transition_team') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(res.rawPayload.length).toBeGreaterThan(3000);
  });

  it('freezes a published report: later data changes never alter it', async () => {
    const team = await t.as('transition_team');
    expect((await t.app.inject({ method: 'POST', url: `/reports/${YEAR}/publish`, headers: team })).statusCode).toBe(403);
    const committee = await t.as('steering_committee');
    const published = await t.app.inject({ method: 'POST', url: `/reports/${YEAR}/publish`, headers: committee });
    expect(published.statusCode).toBe(303);
    expect(published.headers.location).toBe(`/reports/${YEAR}/v/1`);
    await t.database.db.updateTable('measurements').set({ value: 5 }).where('period', '=', String(YEAR)).execute();
    const frozen = json(await t.app.inject(`/api/reports/${YEAR}/v/1`));
    expect(frozen.kpis.find((k: { code: string }) => k.code === 'RPT-KPI').value).toBe(25);
    const live = json(await t.app.inject({ url: `/api/reports/${YEAR}`, headers: team }));
    expect(live.kpis.find((k: { code: string }) => k.code === 'RPT-KPI').value).toBe(5);
    expect((await t.app.inject(`/reports/${YEAR}/v/1`)).statusCode).toBe(200);
    expect((await t.app.inject(`/reports/${YEAR}/v/1/pdf`)).headers['content-type']).toBe('application/pdf');
    expect((await t.app.inject(`/api/reports/${YEAR}/v/9`)).statusCode).toBe(404);
    const second = await t.app.inject({ method: 'POST', url: `/reports/${YEAR}/publish`, headers: committee });
    expect(second.headers.location).toBe(`/reports/${YEAR}/v/2`);
  });

  it('lets the transition team adjust the format, and detects a stale edit', async () => {
    const team = await t.as('transition_team');
    const save = (version: number, pos: Record<string, string>) => t.app.inject({
      method: 'POST', url: '/reports/template', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ version: String(version), intro_nl: 'Onze inleiding', intro_en: 'Our introduction', ...pos }).toString(),
    });
    expect((await save(0, { pos_kpis: '1', pos_decisions: '2' })).statusCode).toBe(303);
    const data = await t.app.inject({ url: `/reports/${YEAR}`, headers: team });
    expect(data.body.indexOf('Onze inleiding')).toBe(-1); // intro section was left out
    const order = [data.body.indexOf('<h2>KPI'), data.body.indexOf('<h2>Genomen besluiten')];
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(data.body).not.toContain('<h2>Mijlpalen');
    const stale = await save(0, { pos_intro: '1' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Onze inleiding');
    const clash = await save(1, { pos_intro: '1', pos_kpis: '1' });
    expect(clash.statusCode).toBe(400);
  });

  it('shows the dashboard with the KPI trend, comparisons and CSV downloads, filters in the URL', async () => {
    const db = t.database.db;
    const kpi = await db.selectFrom('kpis').select('id').where('code', '=', 'RPT-KPI').executeTakeFirstOrThrow();
    await db.insertInto('measurements').values([
      { kpi_id: kpi.id, period: String(YEAR), period_start: `${YEAR}-01-01`, value: 30, unit: '%', subsector: 'heritage' },
      { kpi_id: kpi.id, period: String(YEAR), period_start: `${YEAR}-01-01`, value: 12, unit: '%', subsector: 'arts' },
      { kpi_id: kpi.id, period: String(YEAR - 1), period_start: `${YEAR - 1}-01-01`, value: 8, unit: '%' },
    ]).execute();
    const data = json(await t.app.inject(`/api/dashboard?year=${YEAR}&kpi=RPT-KPI`));
    expect(data.kpi.trend.find((p: { year: number }) => p.year === YEAR - 1).value).toBe(8);
    expect(data.kpi.trend.find((p: { year: number }) => p.year === YEAR).target).toBe(20);
    expect(data.kpi.comparison).toEqual([{ key: 'arts', value: 12 }, { key: 'heritage', value: 30 }]);
    expect(data.actionLines.map((l: { code: string }) => l.code)).toContain('RPT-AL');
    const page = await t.app.inject(`/dashboard?year=${YEAR}&kpi=RPT-KPI&lang=en`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/ style="/);
    // Each chart carries the figures of the table beside it, for the browser to draw.
    const charts = [...page.body.matchAll(/data-chart="([^"]*)"/g)].map((m) => JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')));
    expect(charts.map((c) => c.kind)).toEqual(['bar', 'line', 'bar']);
    expect(charts[1].series[0].data).toEqual(data.kpi.trend.map((p: { value: number | null }) => p.value));
    expect(charts[1].series[1].data).toEqual(data.kpi.trend.map((p: { target: number | null }) => p.target));
    expect(charts[1].series[0].data[0]).toBe(8);
    expect(charts[2]).toMatchObject({ categories: ['Arts', 'Cultural heritage'], series: [{ data: [12, 30] }] });
    expect(page.body).toContain('/static/js/charts.js');

    const csv = await t.app.inject(`/dashboard/comparison.csv?year=${YEAR}&kpi=RPT-KPI`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('kpi,subsector,label,year,value,unit');
    expect(csv.body).toContain(`RPT-KPI,heritage,Cultureel erfgoed,${YEAR},30,%`);
    const bad = await t.app.inject('/api/dashboard?kpi=NOPE&breakdown=planet');
    expect(bad.statusCode).toBe(400);
    expect(json(bad).errors.map((e: { field: string }) => e.field)).toContain('querystring.breakdown');
    expect(json(await t.app.inject('/api/dashboard?kpi=NOPE')).errors[0].field).toBe('querystring.kpi');
  });

  it('offers every dashboard table as XLSX beside its CSV, with the same rows', async () => {
    const page = await t.app.inject(`/dashboard?year=${YEAR}&kpi=RPT-KPI`);
    for (const table of ['action-lines', 'trend', 'comparison']) {
      expect(page.body).toContain(`href="/dashboard/${table}.csv?`);
      expect(page.body).toContain(`href="/dashboard/${table}.xlsx?`);
    }
    expect(page.body).toContain('Download deze tabel als XLSX (Excel)');
    for (const [table, breakdown, filename] of [
      ['action-lines', 'subsector', `action-lines-${YEAR}`], ['trend', 'subsector', 'RPT-KPI-trend'],
      ['comparison', 'subsector', 'RPT-KPI-subsector'], ['comparison', 'province', 'RPT-KPI-province'],
    ] as const) {
      const query = `year=${YEAR}&kpi=RPT-KPI&breakdown=${breakdown}`;
      const csv = await t.app.inject(`/dashboard/${table}.csv?${query}`);
      const xlsx = await t.app.inject(`/dashboard/${table}.xlsx?${query}`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(xlsx.headers['content-disposition']).toBe(`attachment; filename="${filename}.xlsx"`);
      const csvRows = parseCsv(csv.body).records.map((r) => r.fields);
      const sheet = await readFirstSheet(xlsx.rawPayload);
      const xlsxRows = sheet.rows.map((r) => {
        const cells = r.cells.map((c) => (c === null ? '' : String(c)));
        while (cells.length < csvRows[0]!.length) cells.push('');
        return cells;
      });
      expect(xlsxRows, `${table} by ${breakdown}`).toEqual(csvRows);
      // The test data has no measurements per province: that table is its header alone, in both formats.
      if (breakdown === 'province') expect(csvRows, table).toHaveLength(1);
      else expect(csvRows.length, table).toBeGreaterThan(1);
    }
    // Numbers are number cells in the sheet: progress, budgets, values.
    const lines = await readFirstSheet((await t.app.inject(`/dashboard/action-lines.xlsx?year=${YEAR}`)).rawPayload);
    const line = lines.rows.find((r) => r.cells[0] === 'RPT-AL')!;
    expect(line.cells).toEqual(['RPT-AL', 'Rapportlijn', 'Report line', 0.75, 1, expect.any(Number), 1000, 400]);
    expect((await t.app.inject('/dashboard/trend.ods')).statusCode).toBe(400);
  });

  it('shows a new measurement on the next read of the cached dashboard and KPI series', async () => {
    const team = await t.as('transition_team');
    const url = `/api/dashboard?year=${YEAR}&kpi=RPT-KPI`;
    const before = json(await t.app.inject(url));
    expect(before.kpi.trend.find((p: { year: number }) => p.year === YEAR + 1)).toBeUndefined();
    const series = json(await t.app.inject('/api/kpis/RPT-KPI/series'));
    const posted = await t.app.inject({
      method: 'POST', url: '/api/kpis/RPT-KPI/measurements', headers: team,
      payload: { period: String(YEAR + 1), value: 33, unit: '%' },
    });
    expect(posted.statusCode, posted.body).toBeLessThan(300);
    const after = json(await t.app.inject(url));
    expect(after.kpi.trend.find((p: { year: number }) => p.year === YEAR + 1).value).toBe(33);
    expect(json(await t.app.inject('/api/kpis/RPT-KPI/series')).points.length).toBe(series.points.length + 1);
  });
  it('shares the draft page between readers of one role, each with their own name and token, and shows every kind of write on the next read', async () => {
    const team = await t.as('transition_team');
    const committee = await t.as('steering_committee');
    const page = async (headers: Record<string, string>) => (await t.app.inject({ url: `/reports/${YEAR}`, headers })).body;
    const teamPage = await page(team);
    const committeePage = await page(committee);
    expect(teamPage).toMatch(/Test transition_team \d+/);
    expect(teamPage).not.toContain('Test steering_committee');
    expect(teamPage).not.toContain(`/reports/${YEAR}/publish`);
    expect(committeePage).toMatch(/Test steering_committee \d+/);
    expect(committeePage).toContain(`/reports/${YEAR}/publish`);
    expect(committeePage).toContain(`value="${committee['x-csrf-token']}"`);
    // The same page for a second member of the team carries that member's name.
    const colleague = await t.as('transition_team');
    const colleaguePage = await page(colleague);
    expect(colleaguePage.match(/Test transition_team (\d+)/)![1]).not.toBe(teamPage.match(/Test transition_team (\d+)/)![1]);

    // A measurement: the KPI's value for the year.
    const posted = await t.app.inject({ method: 'POST', url: '/api/kpis/RPT-KPI/measurements', headers: team, payload: { period: String(YEAR), value: 27, unit: '%' } });
    expect(posted.statusCode, posted.body).toBe(200);
    expect(await page(team)).toContain(`<td>27 (${YEAR})</td>`);
    expect(json(await t.app.inject({ url: `/api/reports/${YEAR}`, headers: team })).kpis.find((k: { code: string }) => k.code === 'RPT-KPI').value).toBe(27);

    // The format: every section back, the milestones among them.
    const form = new URLSearchParams({ version: '1', intro_nl: 'Weer volledig', intro_en: 'Complete again', pos_intro: '1', pos_action_lines: '2', pos_milestones: '3', pos_kpis: '4', pos_decisions: '5' });
    const saved = await t.app.inject({ method: 'POST', url: '/reports/template', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' }, payload: form.toString() });
    expect(saved.statusCode, saved.body).toBe(303);
    const full = await page(team);
    expect(full).toContain('Weer volledig');
    expect(full).toContain('Bereikt (1)');

    // The cycle: the missed milestone is marked done within the year.
    const missed = await t.database.db.selectFrom('milestones').select(['id', 'version']).where('title_nl', '=', 'Mijlpaal gemist').executeTakeFirstOrThrow();
    const done = await t.app.inject({ method: 'POST', url: `/api/milestones/${missed.id}/done`, headers: team, payload: { version: missed.version, doneOn: `${YEAR}-06-20` } });
    expect(done.statusCode, done.body).toBe(200);
    const after = await page(team);
    expect(after).toContain('Bereikt (2)');
    expect(after).toContain('Gemist (0)');
    expect(await page(committee)).toContain('Bereikt (2)');
  });
});

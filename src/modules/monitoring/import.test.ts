import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { CSV_COLUMNS, PROVINCES, SUBSECTORS } from './constants.js';
import { parseCsv } from './csv.js';

const HEADER = CSV_COLUMNS.join(',') + '\r\n';

describe.each(engines)('importing and exporting measurements on %s', (engine) => {
  let t: TestApp;
  let team: Record<string, string>;
  const upload = (csv: string, filename = 'test.csv', headers = team) =>
    t.app.inject({ method: 'POST', url: `/api/imports?filename=${encodeURIComponent(filename)}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: csv });
  const count = async (kpiCode?: string) => {
    let q = t.database.db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id').select((eb) => eb.fn.countAll<number>().as('n'));
    if (kpiCode) q = q.where('kpis.code', '=', kpiCode);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const createKpi = async (code: string, frequency: string, unit: string) => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/kpis', headers: team,
      payload: { code, name: { nl: code, en: code }, definition: { nl: 'Test.', en: 'Test.' }, unit, direction: 'increase', frequency },
    });
    expect(res.statusCode).toBe(201);
  };

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    await createKpi('import-annual', 'annual', '%');
    await createKpi('import-quarterly', 'quarterly', 'count');
  });
  afterAll(async () => { await t?.close(); });

  const good = HEADER + [
    'import-annual,2024,12.5,%,,,Bevraging 2024,high,',
    'import-annual,2024,11,%,heritage,,Bevraging 2024,medium,"een opmerking, met komma"',
    'import-annual,2025,14,%,,antwerpen,"Bron met ""aanhalingstekens""",low,"twee\r\nregels"',
    'import-quarterly,2025-Q1,120,count,,,,,',
    'import-quarterly,2025-Q2,180,count,,,,high,Ünïcode € ✓',
  ].join('\r\n') + '\r\n';

  it('writes nothing when one row is bad, and names that row and why', async () => {
    const before = await count();
    const bad = good.replace('import-quarterly,2025-Q2,180,count', 'import-quarterly,2025-06,180,count');
    const res = await upload(bad);
    expect(res.statusCode).toBe(400);
    const problem = json(res);
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.errorCount).toBe(1);
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'line.7.period', code: 'period' })]);
    expect(problem.errors[0].message).toContain('2025-06 is not a quarterly period');
    expect(await count()).toBe(before);
    const record = json(await t.app.inject({ url: `/api/imports/${problem.importId}`, headers: team }));
    expect(record).toMatchObject({ status: 'failed', rowsDone: 0, rowsChanged: 0, errorCount: 1, filename: 'test.csv' });
    expect(record.errors[0]).toMatchObject({ line: 7, column: 'period', code: 'period' });
  });

  it('refuses a unit mismatch, an unknown KPI, subsector or province and duplicates, each by line', async () => {
    const res = await upload(HEADER + [
      'import-annual,2024,1,count,,,,,',
      'no-such-kpi,2024,1,%,,,,,',
      'import-annual,2023,1,%,theatre,,,,',
      'import-annual,2022,1,%,,gent,,,',
      'import-annual,2021,1,%,,,,,',
      'import-annual,2021,2,%,,,,,',
      'import-annual,2020,veel,%,,,,maybe,',
    ].join('\n'));
    expect(res.statusCode).toBe(400);
    expect(json(res).errors.map((e: any) => e.field)).toEqual(['line.2.unit', 'line.3.kpi', 'line.4.subsector', 'line.5.province', 'line.7', 'line.8.value', 'line.8.confidence']);
  });

  it('imports a valid file in one go and reports what changed', async () => {
    const res = await upload(good);
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ status: 'done', rowsTotal: 5, rowsDone: 5, rowsChanged: 5, errorCount: 0 });
    expect(await count('import-annual')).toBe(3);
    const audit = await t.database.db.selectFrom('audit_log').select('after').where('entity_type', '=', 'measurement_import').where('entity_id', '=', String(json(res).id)).executeTakeFirst();
    expect(audit?.after).toMatchObject({ rows: 5, changed: 5 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const res = await upload(good);
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ status: 'done', rowsDone: 5, rowsChanged: 0 });
    const one = good.replace('import-annual,2025,14,', 'import-annual,2025,14.5,');
    expect(json(await upload(one))).toMatchObject({ status: 'done', rowsDone: 5, rowsChanged: 1 });
  });

  it('exports exactly the format it imports: the round trip reproduces the rows', async () => {
    const exported = (await t.app.inject('/api/kpis/import-annual/measurements.csv'));
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.headers['content-disposition']).toContain('kpi-import-annual.csv');
    expect(exported.body.startsWith(HEADER)).toBe(true);
    const rows = parseCsv(exported.body).records.map((r) => r.fields);
    expect(rows).toContainEqual(['import-annual', '2025', '14.5', '%', '', 'antwerpen', 'Bron met "aanhalingstekens"', 'low', 'twee\r\nregels']);
    // Wipe the KPI's rows, import its export, and export again: the same file.
    await t.database.db.deleteFrom('measurements').where('kpi_id', '=', (await t.database.db.selectFrom('kpis').select('id').where('code', '=', 'import-annual').executeTakeFirstOrThrow()).id).execute();
    const back = await upload(exported.body, 'kpi-import-annual.csv');
    expect(json(back)).toMatchObject({ status: 'done', rowsDone: 3, rowsChanged: 3 });
    expect((await t.app.inject('/api/kpis/import-annual/measurements.csv')).body).toBe(exported.body);

    // The whole export, demo KPIs included, imports back as "0 changed".
    const all = await t.app.inject('/api/measurements.csv');
    const total = parseCsv(all.body).records.length - 1;
    expect(total).toBe(await count());
    const again = json(await upload(all.body, 'kpi-measurements.csv'));
    expect(again).toMatchObject({ status: 'done', rowsDone: total, rowsChanged: 0 });
  });

  it('shows the progress to everyone, the file name and refused rows only to the team', async () => {
    const res = await upload(HEADER + 'no-such-kpi,2024,1,%,,,,,\n', 'secret-name.csv');
    const id = json(res).importId;
    const pub = json(await t.app.inject(`/api/imports/${id}`));
    expect(pub).toMatchObject({ id, status: 'failed', errorCount: 1 });
    expect(pub.filename).toBeUndefined();
    expect(pub.errors).toBeUndefined();
    expect((await t.app.inject(`/imports/${id}`)).statusCode).toBe(401);
    const page = await t.app.inject({ url: `/imports/${id}`, headers: team });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="import-errors"');
    expect(page.body).toContain('er bestaat geen KPI met code no-such-kpi');
    expect((await t.app.inject({ url: '/api/imports', headers: team })).statusCode).toBe(200);
    expect((await t.app.inject('/api/imports')).statusCode).toBe(401);
  });

  it('takes the page form as a file upload (multipart) or a paste, and redirects to the import', async () => {
    const boundary = '----trtest';
    const body = [
      `--${boundary}`, 'Content-Disposition: form-data; name="_csrf"', '', team['x-csrf-token'],
      `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="meting.csv"', 'Content-Type: text/csv', '', good.replace('12.5', '13').trimEnd(),
      `--${boundary}`, 'Content-Disposition: form-data; name="csv"', '', '',
      `--${boundary}--`, '',
    ].join('\r\n');
    const res = await t.app.inject({ method: 'POST', url: '/imports', headers: { ...team, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(res.statusCode).toBe(303);
    const page = await t.app.inject({ url: res.headers.location as string, headers: team });
    expect(page.body).toContain('meting.csv');
    // 12.5 becomes 13, and 14.5 (from an earlier test) goes back to 14.
    expect(page.body).toContain('5 rijen geïmporteerd, waarvan 2 gewijzigd');
    const pasted = await t.app.inject({
      method: 'POST', url: '/imports', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: team['x-csrf-token']!, csv: good }).toString(),
    });
    expect(pasted.statusCode).toBe(303);
    const empty = await t.app.inject({
      method: 'POST', url: '/imports', headers: { ...team, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: team['x-csrf-token']!, csv: '' }).toString(),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="error-summary"');
    expect((await upload('')).statusCode).toBe(400);
  });

  it('imports a file of 100,000 rows in the background, all at once', async () => {
    await createKpi('import-monthly', 'monthly', 'count');
    await createKpi('import-monthly-two', 'monthly', 'count');
    const lines: string[] = [];
    const subsectors = ['', ...SUBSECTORS];
    const provinces = ['', ...PROVINCES];
    outer: for (const kpi of ['import-monthly', 'import-monthly-two']) {
      for (let year = 2000; year <= 2099; year++) {
        for (let month = 1; month <= 12; month++) {
          for (const s of subsectors) {
            for (const p of provinces) {
              lines.push(`${kpi},${year}-${String(month).padStart(2, '0')},${(year * 7 + month) % 1000},count,${s},${p},generated,medium,`);
              if (lines.length === 100_000) break outer;
            }
          }
        }
      }
    }
    const res = await upload(HEADER + lines.join('\r\n') + '\r\n', 'big.csv');
    expect(res.statusCode).toBe(202);
    const { id } = json(res);
    expect(res.headers.location).toBe(`/api/imports/${id}`);
    let state = json(res);
    const seen = new Set<string>([state.status]);
    while (state.status === 'validating' || state.status === 'importing') {
      await new Promise((r) => setTimeout(r, 200));
      state = json(await t.app.inject(`/api/imports/${id}`));
      seen.add(state.status);
    }
    expect(state).toMatchObject({ status: 'done', rowsTotal: 100_000, rowsDone: 100_000, rowsChanged: 100_000 });
    expect(await count('import-monthly') + await count('import-monthly-two')).toBe(100_000);
    const record = await t.database.db.selectFrom('measurement_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(record).toMatchObject({ status: 'done', rows_total: 100_000, rows_done: 100_000, rows_changed: 100_000 });
    expect(record.finished_at).not.toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { buildZip, spreadsheetProgramFile } from '../../xlsx/fixtures.js';
import { readFirstSheet, xlsxBuffer, type Cell } from '../../xlsx/index.js';
import { CSV_COLUMNS } from './constants.js';
import { formatNumber, parseCsv } from './csv.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet's rows as the CSV's text fields, to compare an XLSX export with its CSV twin. */
async function sheetAsFields(bytes: Buffer): Promise<string[][]> {
  const sheet = await readFirstSheet(bytes);
  return sheet.rows.map((r) => {
    const fields = r.cells.map((c) => (c === null ? '' : typeof c === 'number' ? formatNumber(c) : String(c)));
    while (fields.length < CSV_COLUMNS.length) fields.push('');
    return fields;
  });
}

const workbook = (rows: Cell[][]) => xlsxBuffer({ name: 'measurements', header: CSV_COLUMNS, rows });

function multipart(boundary: string, csrf: string, file: { name: string; type: string; bytes: Buffer }): Buffer {
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="csv"\r\n\r\n\r\n--${boundary}--\r\n`),
  ]);
}

describe.each(engines)('importing and exporting measurements as XLSX on %s', (engine) => {
  let t: TestApp;
  let team: Record<string, string>;
  const upload = (bytes: Buffer, filename = 'test.xlsx', type = XLSX) =>
    t.app.inject({ method: 'POST', url: `/api/imports?filename=${encodeURIComponent(filename)}`, headers: { ...team, 'content-type': type }, payload: bytes });
  const count = async (kpiCode?: string) => {
    let q = t.database.db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id').select((eb) => eb.fn.countAll<number>().as('n'));
    if (kpiCode) q = q.where('kpis.code', '=', kpiCode);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const importCount = async () => Number((await t.database.db.selectFrom('measurement_imports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
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
    await createKpi('xlsx-annual', 'annual', '%');
    await createKpi('xlsx-quarterly', 'quarterly', 'count');
    await createKpi('xlsx-monthly', 'monthly', 'count');
  });
  afterAll(async () => { await t?.close(); });

  const rows: Cell[][] = [
    ['xlsx-annual', '2024', 12.5, '%', '', '', 'Bevraging 2024', 'high', ''],
    ['xlsx-annual', '2024', 11, '%', 'heritage', '', 'Bevraging 2024', 'medium', 'een opmerking, met komma'],
    ['xlsx-annual', '2025', 14, '%', '', 'antwerpen', 'Bron met "aanhalingstekens" & <tekens>', 'low', 'twee\r\nregels'],
    ['xlsx-quarterly', '2025-Q1', 120, 'count', null, null, null, null, null],
    ['xlsx-quarterly', '2025-Q2', 0.0000001, 'count', '', '', '', 'high', 'Ünïcode € ✓ _x0041_'],
  ];

  it('writes nothing when one row of a workbook is bad, and names that row by its sheet row number', async () => {
    const before = await count();
    const bad = rows.map((r) => [...r]);
    bad[3]![1] = '2025-06';
    const res = await upload(await workbook(bad));
    expect(res.statusCode).toBe(400);
    const problem = json(res);
    expect(problem.code).toBe('IMPORT_INVALID');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'line.5.period', code: 'period' })]);
    expect(await count()).toBe(before);
    const record = json(await t.app.inject({ url: `/api/imports/${problem.importId}`, headers: team }));
    expect(record).toMatchObject({ status: 'failed', rowsDone: 0, errorCount: 1, filename: 'test.xlsx' });
  });

  it('imports a valid workbook in one go, and the same workbook again changes nothing', async () => {
    const bytes = await workbook(rows);
    const res = await upload(bytes);
    expect(res.statusCode).toBe(201);
    expect(json(res)).toMatchObject({ status: 'done', rowsTotal: 5, rowsDone: 5, rowsChanged: 5, errorCount: 0 });
    const stored = await t.database.db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id')
      .select(['measurements.period', 'measurements.value', 'measurements.source', 'measurements.note', 'measurements.confidence'])
      .where('kpis.code', 'in', ['xlsx-annual', 'xlsx-quarterly']).orderBy('measurements.id').execute();
    expect(stored).toContainEqual({ period: '2025', value: 14, source: 'Bron met "aanhalingstekens" & <tekens>', note: 'twee\r\nregels', confidence: 'low' });
    expect(stored).toContainEqual({ period: '2025-Q1', value: 120, source: '', note: '', confidence: 'medium' });
    expect(stored).toContainEqual({ period: '2025-Q2', value: 0.0000001, source: '', note: 'Ünïcode € ✓ _x0041_', confidence: 'high' });
    expect(json(await upload(bytes))).toMatchObject({ status: 'done', rowsDone: 5, rowsChanged: 0 });
  });

  it('reads a workbook as a spreadsheet program saves it: shared strings, numbers, skipped cells and rows', async () => {
    const strings = [...CSV_COLUMNS, 'xlsx-monthly', 'count', 'enquête', '<r><t>rijke </t></r><r><rPr><b/></rPr><t>tekst</t></r>', '2025-03', 'xlsx-annual', '%', 'limburg', 'high', 'lijn_x000D_\nbreuk'];
    const s = (text: string) => `t="s"><v>${strings.indexOf(text)}</v>`;
    const header = `<row r="1">${CSV_COLUMNS.map((c, i) => `<c r="${'ABCDEFGHI'[i]}1" ${s(c)}</c>`).join('')}</row>`;
    const data = [
      // Cells of empty columns are simply absent; C2 is a number cell.
      `<row r="2"><c r="A2" ${s('xlsx-monthly')}</c><c r="B2" ${s('2025-03')}</c><c r="C2"><v>42</v></c><c r="D2" ${s('count')}</c><c r="G2" ${s('enquête')}</c><c r="I2" ${s('<r><t>rijke </t></r><r><rPr><b/></rPr><t>tekst</t></r>')}</c></row>`,
      // Row 3 is blank and absent; the period typed as a number; an inline string; trailing styled empty cells.
      `<row r="4"><c r="A4" ${s('xlsx-annual')}</c><c r="B4"><v>2023</v></c><c r="C4" s="3"><v>3.5E-1</v></c><c r="D4" ${s('%')}</c><c r="F4" ${s('limburg')}</c><c r="G4" t="inlineStr"><is><t>inline bron</t></is></c><c r="H4" ${s('high')}</c><c r="I4" ${s('lijn_x000D_\nbreuk')}</c><c r="J4" s="3"/><c r="K4" s="3"/></row>`,
    ].join('');
    const res = await upload(spreadsheetProgramFile(header + data, strings), 'opgeslagen.xlsx');
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ rowsDone: 2, rowsChanged: 2 });
    const stored = await t.database.db.selectFrom('measurements').innerJoin('kpis', 'kpis.id', 'measurements.kpi_id')
      .select(['kpis.code', 'measurements.period', 'measurements.value', 'measurements.province', 'measurements.source', 'measurements.note'])
      .where('measurements.import_id', '=', json(res).id).orderBy('kpis.code').execute();
    expect(stored).toEqual([
      { code: 'xlsx-annual', period: '2023', value: 0.35, province: 'limburg', source: 'inline bron', note: 'lijn\r\nbreuk' },
      { code: 'xlsx-monthly', period: '2025-03', value: 42, province: '', source: 'enquête', note: 'rijke tekst' },
    ]);
    // A bad row is named by its row in the sheet, not by its position in the file.
    const bad = data.replace(`<c r="B4"><v>2023</v></c>`, `<c r="B4" ${s('2025-03')}</c>`);
    const refused = json(await upload(spreadsheetProgramFile(header + bad, strings), 'opgeslagen.xlsx'));
    expect(refused.errors.map((e: { field: string }) => e.field)).toEqual(['line.4.period']);
    // A value in a tenth column makes the row too long, as in CSV.
    const wide = data.replace('<c r="J4" s="3"/>', `<c r="J4" ${s('high')}</c>`);
    expect(json(await upload(spreadsheetProgramFile(header + wide, strings))).errors[0]).toMatchObject({ field: 'line.4', code: 'columns' });
  });

  it('exports XLSX with the same columns and rows as the CSV, and re-imports it as "nothing changed"', async () => {
    const xlsx = await t.app.inject('/api/kpis/xlsx-annual/measurements.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="kpi-xlsx-annual.xlsx"');
    const csv = (await t.app.inject('/api/kpis/xlsx-annual/measurements.csv')).body;
    expect(await sheetAsFields(xlsx.rawPayload)).toEqual(parseCsv(csv).records.map((r) => r.fields));
    // Numbers are number cells; the period stays text.
    const sheet = await readFirstSheet(xlsx.rawPayload);
    expect(sheet.rows[1]!.cells.slice(0, 3)).toEqual(['xlsx-annual', '2023', 0.35]);

    expect(json(await upload(xlsx.rawPayload, 'kpi-xlsx-annual.xlsx'))).toMatchObject({ status: 'done', rowsDone: 4, rowsChanged: 0 });
    const kpi = await t.database.db.selectFrom('kpis').select('id').where('code', '=', 'xlsx-annual').executeTakeFirstOrThrow();
    await t.database.db.deleteFrom('measurements').where('kpi_id', '=', kpi.id).execute();
    expect(json(await upload(xlsx.rawPayload, 'kpi-xlsx-annual.xlsx'))).toMatchObject({ status: 'done', rowsDone: 4, rowsChanged: 4 });
    expect((await t.app.inject('/api/kpis/xlsx-annual/measurements.csv')).body).toBe(csv);

    // Everything, demo KPIs included.
    const all = await t.app.inject('/api/measurements.xlsx');
    expect(all.headers['content-disposition']).toBe('attachment; filename="kpi-measurements.xlsx"');
    const allFields = await sheetAsFields(all.rawPayload);
    expect(allFields).toEqual(parseCsv((await t.app.inject('/api/measurements.csv')).body).records.map((r) => r.fields));
    expect(allFields.length - 1).toBe(await count());
    expect(json(await upload(all.rawPayload, 'kpi-measurements.xlsx'))).toMatchObject({ status: 'done', rowsDone: allFields.length - 1, rowsChanged: 0 });
  });

  it('tells the format by the content, not by the name or content type', async () => {
    const bytes = await workbook([rows[0]!]);
    const asCsv = await upload(bytes, 'named.csv', 'text/csv');
    expect(asCsv.statusCode).toBe(201);
    expect(json(asCsv)).toMatchObject({ rowsDone: 1, rowsChanged: 0, filename: 'named.csv' });
    expect((await upload(bytes, 'upload.bin', 'application/octet-stream')).statusCode).toBe(201);
    const csvText = Buffer.from(`${CSV_COLUMNS.join(',')}\r\nxlsx-annual,2024,12.5,%,,,Bevraging 2024,high,\r\n`);
    expect((await upload(csvText, 'plain.csv', 'application/octet-stream')).statusCode).toBe(201);
    const misnamed = await upload(csvText, 'really.xlsx');
    expect(misnamed.statusCode).toBe(400);
    expect(json(misnamed)).toMatchObject({ code: 'IMPORT_UNREADABLE', reason: 'notXlsx', errors: [{ field: 'body', code: 'unreadable.notXlsx' }] });
  });

  it('refuses a damaged workbook, a ZIP bomb, a DOCTYPE and the old .xls format with a 400, and records no import', async () => {
    const imports = await importCount();
    const measurements = await count();
    const good = await workbook(rows);
    const bomb = buildZip([
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>' },
      { name: 'xl/workbook.xml', data: Buffer.alloc(30 * 1024 * 1024, 32), declaredSize: 4096 },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    const doctype = spreadsheetProgramFile('', ['x'], { sheetXml: '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet><sheetData/></worksheet>' });
    const cases: Array<[string, Buffer, string]> = [
      ['truncated', good.subarray(0, good.length - 200), 'corrupt'],
      ['bomb', bomb, 'tooLarge'],
      ['declared too large', buildZip([{ name: '_rels/.rels', data: 'x', declaredSize: 600 * 1024 * 1024 }]), 'tooLarge'],
      ['doctype', doctype, 'dtd'],
      ['a zip of something else', buildZip([{ name: 'photo.jpg', data: 'not a workbook' }]), 'notWorkbook'],
      ['old excel', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'legacyXls'],
    ];
    for (const [label, bytes, reason] of cases) {
      const res = await upload(bytes);
      expect(res.statusCode, label).toBe(400);
      const problem = json(res);
      expect(problem, label).toMatchObject({ code: 'IMPORT_UNREADABLE', reason });
      expect(problem.errors[0].field, label).toBe('body');
      expect(problem.detail, label).toMatch(/^The file cannot be read: .+; nothing was imported$/);
    }
    expect(await importCount()).toBe(imports);
    expect(await count()).toBe(measurements);
  });

  it('takes a workbook through the page form, and re-renders the form with a readable reason for a damaged one', async () => {
    const boundary = '----xlsxtest';
    const post = (file: { name: string; type: string; bytes: Buffer }) => t.app.inject({
      method: 'POST', url: '/imports', headers: { ...team, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: multipart(boundary, team['x-csrf-token']!, file),
    });
    const bad = rows.map((r) => [...r]);
    bad[1]![4] = 'theatre';
    const res = await post({ name: 'metingen.xlsx', type: XLSX, bytes: await workbook(bad) });
    expect(res.statusCode).toBe(303);
    const page = await t.app.inject({ url: res.headers.location as string, headers: team });
    expect(page.body).toContain('metingen.xlsx');
    expect(page.body).toContain('er bestaat geen subsector theatre');
    expect(page.body).toMatch(/<th scope="row">3<\/th>\s*<td><code>subsector<\/code><\/td>/);

    const good = await workbook(rows);
    const damaged = await post({ name: 'kapot.xlsx', type: XLSX, bytes: good.subarray(0, 100) });
    expect(damaged.statusCode).toBe(400);
    expect(damaged.body).toContain('id="error-summary"');
    expect(damaged.body).toContain('de XLSX-werkmap is beschadigd of onvolledig');
    expect(damaged.body).toContain('aria-invalid="true"');
    const en = await t.app.inject({
      method: 'POST', url: '/imports?lang=en', headers: { ...team, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: multipart(boundary, team['x-csrf-token']!, { name: 'oud.xls', type: 'application/vnd.ms-excel', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }),
    });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('this is the old Excel format (.xls)');

    const form = await t.app.inject({ url: '/imports/new', headers: team });
    expect(form.body).toContain('accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"');
    expect(form.body).toContain('href="/api/measurements.xlsx"');
  });

  it('imports a large workbook in the background, with its progress', async () => {
    const big: Cell[][] = [];
    for (let year = 2000; year < 2100 && big.length < 6000; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const province of ['', 'antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant']) {
          big.push(['xlsx-monthly', `${year}-${String(month).padStart(2, '0')}`, (year + month) % 97, 'count', '', province, 'generated', 'medium', '']);
        }
      }
    }
    const res = await upload(await workbook(big), 'groot.xlsx');
    expect(res.statusCode).toBe(202);
    const { id } = json(res);
    let state = json(res);
    while (state.status === 'validating' || state.status === 'importing') {
      await new Promise((r) => setTimeout(r, 100));
      state = json(await t.app.inject(`/api/imports/${id}`));
    }
    expect(state).toMatchObject({ status: 'done', rowsTotal: big.length, rowsDone: big.length });
    const page = await t.app.inject({ url: `/imports/${id}`, headers: team });
    expect(page.body).toContain('groot.xlsx');
    expect(page.body).toContain('rijen geïmporteerd');
  });
});

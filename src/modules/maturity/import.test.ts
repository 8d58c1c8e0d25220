import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { parseCsv } from './csv.js';

type Headers = Record<string, string>;

describe.each(engines)('importing questions from a spreadsheet on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  const csvOf = async (version: number, headers: Headers = {}) => (await t.app.inject({ url: `/api/maturity/models/${version}/questions.csv`, headers })).body;
  const draft = async () => json(await t.app.inject({ url: '/api/maturity/models/2', headers: team }));
  const upload = (text: string, rowVersion: number, headers: Headers = team) =>
    t.app.inject({ method: 'POST', url: `/api/maturity/models/2/import?rowVersion=${rowVersion}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: text });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    team = await t.as('transition_team');
    expect((await t.app.inject({ method: 'POST', url: '/api/maturity/models', headers: team })).statusCode).toBe(201);
  });
  afterAll(async () => { await t?.close(); });

  it('exports any version as a UTF-8 spreadsheet file with one row per question', async () => {
    const res = await t.app.inject('/api/maturity/models/1/questions.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('maturity-model-v1-questions.csv');
    const lines = res.body.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\ufeffdimension;code;position;text_nl;text_en;help_nl;help_en;quick_scan;critical_from;not_applicable_allowed');
    const v1 = json(await t.app.inject('/api/maturity/models/1'));
    expect(lines.length - 1).toBe(v1.questions);
    expect(res.body).toContain('infrastructure;infrastructure-backup;1;');
    expect((await t.app.inject('/api/maturity/models/2/questions.csv')).statusCode).toBe(404);
  });

  it('round-trips: exporting and importing unchanged gives the same questions', async () => {
    const before = await draft();
    const res = await upload(await csvOf(1), before.rowVersion);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ created: 0, updated: 0, removed: 0, unchanged: before.questions });
    expect(await csvOf(2, team)).toBe(await csvOf(1));
  });

  it('writes nothing when one row is bad, and names every bad row', async () => {
    const before = await draft();
    const lines = (await csvOf(2, team)).split('\r\n');
    lines[1] = lines[1]!.replace(/^audience;/, 'publiek;');
    lines[3] = lines[3]!.replace(/;(yes|no);(\d?);(yes|no)$/, ';misschien;9;$3');
    lines[5] = lines[5]!.replace(/^(\w+);[^;]+;/, '$1;Not A Code;');
    const text = lines.join('\r\n').replace('audience;audience-online-info;1;Onze praktische', 'audience;audience-online-info;1;Nieuwe tekst die niet mag landen; Onze praktische');
    const res = await upload(text, before.rowVersion);
    expect(res.statusCode).toBe(400);
    const body = json(res);
    expect(body.code).toBe('MATURITY_IMPORT_REFUSED');
    expect(body.rows.map((r: any) => [r.line, r.column])).toEqual(expect.arrayContaining([[2, 'dimension'], [4, 'quick_scan'], [4, 'critical_from'], [6, 'code']]));
    expect(body.detail).toContain('line 2 (dimension)');
    const after = await draft();
    expect(after.rowVersion).toBe(before.rowVersion);
    expect(await csvOf(2, team)).toBe(await csvOf(1));
  });

  it('adds, changes and removes questions from a comma-separated file without a byte order mark', async () => {
    const before = await draft();
    const rows = parseCsv(await csvOf(2, team), ';').records.map((r) => r.fields);
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const header = rows[0]!;
    const body = rows.slice(1).filter((r) => r[1] !== 'value-income');
    const changed = body.find((r) => r[1] === 'data-targets')!;
    changed[3] = 'We stellen meetbare doelen, met een vertrekpunt.';
    changed[7] = 'ja';
    body.push(['data', 'data-ethics', '', 'We spreken af hoe we eerlijk met data omgaan.', 'We agree how we handle data fairly.', '', '', 'nee', '', 'nee']);
    const text = [header, ...body].map((r) => r.map(quote).join(',')).join('\n');
    const res = await upload(text, before.rowVersion);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ created: 1, updated: 1, removed: 1, unchanged: before.questions - 2 });
    const after = await draft();
    const q = (code: string) => after.dimensions.flatMap((d: any) => d.questions).find((x: any) => x.code === code);
    expect(q('value-income')).toBeUndefined();
    expect(q('data-targets')).toMatchObject({ quickScan: true, text: { nl: 'We stellen meetbare doelen, met een vertrekpunt.' } });
    expect(q('data-ethics')).toMatchObject({ dimension: 'data', position: after.dimensions.find((d: any) => d.code === 'data').questions.length });
    const history = json(await t.app.inject({ url: '/api/maturity/models/2/history', headers: team }));
    expect(history[0].summary).toBe('questions.import');
  });

  it('refuses a stale import, and imports only for the team', async () => {
    const current = await draft();
    const stale = await upload(await csvOf(1), current.rowVersion - 1);
    expect(stale.statusCode).toBe(409);
    expect(json(stale).code).toBe('MATURITY_STALE');
    const member = await t.as('org_member');
    expect((await upload(await csvOf(1), current.rowVersion, member)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/maturity/models/2/import?rowVersion=${current.rowVersion}`, headers: { 'content-type': 'text/csv' }, payload: 'x' })).statusCode).toBe(401);
  });
});

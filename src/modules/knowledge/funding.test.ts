import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { brusselsDate } from '../../web/dates.js';
import { fundingForActionLine } from './index.js';
import { editorOf, fieldsOf, type Headers } from './test-fixtures.js';

interface Item { code: string; kind: string; programme: string; deadlineOn: string | null; opensOn: string | null; actionLines: Array<{ code: string }>; version: number; isDemo: boolean; provider: { actor: string | null } }
const day = (offset: number) => new Date(Date.parse(`${brusselsDate()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const opportunity = (code: string, extra: Record<string, unknown> = {}) => ({
  code, kind: 'funding', programme: 'flemish', title: { nl: `Oproep ${code}`, en: `Call ${code}` }, provider: 'meemoo',
  opensOn: day(-1), deadlineOn: day(20), dimensions: ['infrastructure'], subsectors: ['heritage'], actionLines: ['demo-basisinfrastructuur'], ...extra,
});

describe.each(engines)('funding and network opportunities on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let meemoo: Headers;
  const list = async (q: string) => json<{ items: Item[]; total: number }>(await t.app.inject(`/api/funding?pageSize=100&${q}`));
  const codes = (page: { items: Item[] }) => page.items.map((i) => i.code);
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    meemoo = await editorOf(t, team, 'meemoo');
  });
  afterAll(async () => { await t?.close(); });

  it('seeds the real programmes without dates, not as demo', async () => {
    const rows = await t.database.db.selectFrom('funding_opportunities').selectAll().where('is_demo', '=', false).execute();
    expect(rows.map((r) => r.code)).toEqual(expect.arrayContaining(['creative-europe-culture', 'creative-europe-innovation-lab', 'europeana-network-association', 'digital-europe', 'horizon-europe-cluster-2', 'efro-vlaanderen']));
    expect(rows.every((r) => r.opens_on === null && r.deadline_on === null && r.budget_note === '')).toBe(true);
    expect(rows.every((r) => /Bron: studie, Deel \d/.test(r.summary_nl))).toBe(true);
    expect(rows.find((r) => r.code === 'europeana-network-association')!.kind).toBe('network');
  });

  it('filters by kind, programme, open now, deadline soon and action line', async () => {
    expect(codes(await list('kind=network'))).toContain('europeana-network-association');
    expect((await list('kind=network')).items.every((i) => i.kind === 'network')).toBe(true);
    expect((await list('programme=creative_europe')).items.every((i) => i.programme === 'creative_europe')).toBe(true);
    const open = codes(await list('status=open'));
    expect(open).toContain('demo-oproep-open-collectiedata');
    expect(open).toContain('digital-europe');
    expect(open).not.toContain('demo-europese-samenwerking-publiek');
    expect(open).not.toContain('demo-leertraject-digitaal-leiderschap');
    expect(codes(await list('status=deadline_soon'))).toEqual(['demo-oproep-open-collectiedata']);
    const line = codes(await list('actionLine=demo-digitale-competenties'));
    expect(line.sort()).toEqual(['demo-leertraject-digitaal-leiderschap', 'esf-vlaanderen']);
    expect(fieldsOf(json(await t.app.inject('/api/funding?actionLine=nope')))).toEqual(['querystring.actionLine']);
  });

  it('links opportunities to action lines, and the action line can show them', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/funding', headers: team, payload: opportunity('team-oproep', { actionLines: ['demo-basisinfrastructuur', 'demo-proeftuinen'] }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(json<Item>(res).actionLines.map((l) => l.code)).toEqual(['demo-basisinfrastructuur', 'demo-proeftuinen']);
    const line = await t.database.db.selectFrom('action_lines').select('id').where('code', '=', 'demo-proeftuinen').executeTakeFirstOrThrow();
    const linked = await fundingForActionLine(t.database.db, line.id);
    expect(linked.map((f) => f.code)).toEqual(expect.arrayContaining(['team-oproep', 'creative-europe-innovation-lab', 'vlaio-icon']));
    expect(linked.every((f) => f.lines.some((l) => l.code === 'demo-proeftuinen'))).toBe(true);
    const page = await t.app.inject('/action-lines/demo-proeftuinen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('href="/funding/team-oproep"');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/funding', headers: team, payload: opportunity('bad-line', { actionLines: ['demo-proeftuinen', 'no-such-line'] }) });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(json(unknown))).toEqual(['actionLines.1']);
    const detail = (await t.app.inject('/funding/team-oproep')).body;
    expect(detail).toContain('href="/action-lines/demo-proeftuinen"');
  });

  it('refuses a deadline before the opening day and invalid input, naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/funding', headers: team, payload: opportunity('late', { opensOn: day(5), deadlineOn: day(4) }) });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json(res))).toEqual(['deadlineOn']);
    const shape = await t.app.inject({ method: 'POST', url: '/api/funding', headers: team, payload: { ...opportunity('Bad Code'), programme: 'lottery' } });
    expect(fieldsOf(json(shape))).toEqual(expect.arrayContaining(['body.code', 'body.programme']));
    expect((await t.app.inject({ method: 'POST', url: '/api/funding', headers: team, payload: opportunity('digital-europe') })).statusCode).toBe(409);
  });

  it('lets an editor maintain its own actor\'s opportunities only, with optimistic locking', async () => {
    const own = await t.app.inject({ method: 'POST', url: '/api/funding', headers: meemoo, payload: opportunity('meemoo-oproep') });
    expect(own.statusCode, own.body).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/funding', headers: meemoo, payload: opportunity('x-oproep', { provider: 'europeana' }) })).statusCode).toBe(403);
    const europeana = json<Item>(await t.app.inject('/api/funding/europeana-network-association'));
    const foreign = await t.app.inject({ method: 'PUT', url: '/api/funding/europeana-network-association', headers: meemoo, payload: { ...opportunity('x', { provider: 'europeana', version: europeana.version }), code: undefined } });
    expect(foreign.statusCode).toBe(403);
    const body = (note: string, version: number) => ({ ...opportunity('x', { budgetNote: note, version }), code: undefined });
    expect((await t.app.inject({ method: 'PUT', url: '/api/funding/meemoo-oproep', headers: meemoo, payload: body('eerste', 1) })).statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PUT', url: '/api/funding/meemoo-oproep', headers: meemoo, payload: body('tweede', 1) });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'KNOWLEDGE_STALE', currentVersion: 2 });
    expect((await t.app.inject({ method: 'POST', url: '/api/funding/meemoo-oproep/retire', headers: meemoo, payload: { version: 2 } })).statusCode).toBe(200);
    expect(codes(await list(''))).not.toContain('meemoo-oproep');
  });

  it('renders list, detail and form pages in both languages', async () => {
    for (const url of ['/funding', '/funding?status=open&kind=funding', '/funding/creative-europe-culture', '/funding/demo-oproep-open-collectiedata']) {
      for (const lang of ['nl', 'en']) {
        const res = await t.app.inject(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain(`<html lang="${lang}">`);
        expect(res.body.match(/<h1[\s>]/g)).toHaveLength(1);
        expect(res.body).not.toMatch(/>knowledge\.[a-zA-Z_.]+</);
      }
    }
    expect((await t.app.inject('/funding/demo-oproep-open-collectiedata')).body).toContain('notice-demo');
    const form = await t.app.inject({ url: '/funding/new', headers: meemoo });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="actionLines"');
    expect(form.body).not.toContain('value="publiq"');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { editorOf, fieldsOf, formBody, formHeaders, type Headers } from './test-fixtures.js';

const newCase = (code: string, extra: Record<string, unknown> = {}) => ({
  code, title: { nl: `Open archief ${code}`, en: `Open archive ${code}` }, summary: { nl: 'Een archief dat openging.', en: 'An archive that opened.' },
  country: 'BE', region: 'Vlaanderen', sector: 'heritage', pillar: 3, challenges: [7, 9], outcome: 'failure',
  subsectors: ['heritage'], technologies: ['iiif', 'linked_data'], dimensions: ['infrastructure'], url: 'https://example.org/archief', ...extra,
});

describe.each(engines)('case tags and editing on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let meemooEditor: Headers;
  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    team = await t.as('transition_team');
    meemooEditor = await editorOf(t, team, 'meemoo');
  });
  afterAll(async () => { await t?.close(); });

  it('finds failures as such: outcome=failure lists only failures', async () => {
    expect(json(await t.app.inject('/api/cases?outcome=failure')).total).toBe(0);
    const failure = await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('mislukte-collectie-app', { actor: 'meemoo' }) });
    expect(failure.statusCode, failure.body).toBe(201);
    await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('gemengd-ticketing', { outcome: 'mixed' }) });
    const failures = json(await t.app.inject('/api/cases?outcome=failure&pageSize=100'));
    expect(failures.items.map((c: { code: string }) => c.code)).toEqual(['mislukte-collectie-app']);
    expect(json(await t.app.inject('/api/cases?outcome=mixed')).items.map((c: { code: string }) => c.code)).toEqual(['gemengd-ticketing']);
    expect(failures.items.every((c: { outcome: string }) => c.outcome === 'failure')).toBe(true);
    const all = json(await t.app.inject('/api/cases?pageSize=100'));
    expect(failures.total).toBeLessThan(all.total);
    const page = (await t.app.inject('/cases?outcome=failure')).body;
    expect(page).toContain('href="/cases/mislukte-collectie-app"');
    expect(page).toContain('badge-gap');
    expect((await t.app.inject('/api/cases?outcome=disaster')).statusCode).toBe(400);
  });

  it('lets the team add a tagged case that the tag filters then find', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('team-open-archief', { actor: 'publiq' }) });
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ code: 'team-open-archief', outcome: 'failure', technologies: ['iiif', 'linked_data'], dimensions: ['infrastructure'], maintainedBy: 'publiq', version: 1 });
    for (const q of ['technology=iiif', 'dimension=infrastructure', 'subsector=heritage', 'outcome=failure', 'actor=publiq', 'challenge=9']) {
      const codes = json(await t.app.inject(`/api/cases?${q}&pageSize=100`)).items.map((c: { code: string }) => c.code);
      expect(codes, q).toContain('team-open-archief');
    }
    expect(json(await t.app.inject('/api/cases?technology=gaming&pageSize=100')).items.map((c: { code: string }) => c.code)).not.toContain('team-open-archief');
    const dims = await t.database.db.selectFrom('case_dimensions as d').innerJoin('cases as c', 'c.id', 'd.case_id').select('d.dimension_code').where('c.code', '=', 'team-open-archief').execute();
    expect(dims.map((d) => d.dimension_code)).toEqual(['infrastructure']);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'case').where('entity_id', '=', 'team-open-archief').execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    const detail = (await t.app.inject('/cases/team-open-archief?lang=en')).body;
    expect(detail).toContain('Failure to learn from');
    expect(detail).toContain('href="/cases?technology=iiif"');
  });

  it('lets an editor maintain the cases of its own actor only', async () => {
    const own = await t.app.inject({ method: 'POST', url: '/api/cases', headers: meemooEditor, payload: newCase('meemoo-bewaring', { actor: 'meemoo', outcome: 'mixed' }) });
    expect(own.statusCode, own.body).toBe(201);
    const other = await t.app.inject({ method: 'POST', url: '/api/cases', headers: meemooEditor, payload: newCase('publiq-via-meemoo', { actor: 'publiq' }) });
    expect(other.statusCode).toBe(403);
    expect(json(other).code).toBe('KNOWLEDGE_NOT_EDITOR');
    const none = await t.app.inject({ method: 'POST', url: '/api/cases', headers: meemooEditor, payload: newCase('zonder-actor', { actor: null }) });
    expect(none.statusCode).toBe(403);
    const { version } = json(own);
    const edit = await t.app.inject({ method: 'PUT', url: '/api/cases/meemoo-bewaring', headers: meemooEditor, payload: { ...newCase('x', { actor: 'meemoo', outcome: 'inspiring', version }), code: undefined } });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(json(edit)).toMatchObject({ outcome: 'inspiring', version: version + 1 });
    // A publiq case and a case of the team are out of reach.
    const publiq = json(await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('publiq-ticketing', { actor: 'publiq' }) }));
    const foreign = await t.app.inject({ method: 'PUT', url: '/api/cases/publiq-ticketing', headers: meemooEditor, payload: { ...newCase('x', { actor: 'publiq', version: publiq.version }), code: undefined } });
    expect(foreign.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/cases/publiq-ticketing/edit', headers: meemooEditor })).statusCode).toBe(403);
    const teamOwned = await t.app.inject({ method: 'PUT', url: '/api/cases/smk-open-api', headers: meemooEditor, payload: { ...newCase('x', { actor: 'meemoo', version: 1 }), code: undefined } });
    expect(teamOwned.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/cases/meemoo-bewaring/edit', headers: meemooEditor })).statusCode).toBe(200);
    // Handing the own case to another actor is editing that actor's entries too.
    const give = await t.app.inject({ method: 'PUT', url: '/api/cases/meemoo-bewaring', headers: meemooEditor, payload: { ...newCase('x', { actor: 'publiq', version: version + 1 }), code: undefined } });
    expect(give.statusCode).toBe(403);
    const stranger = await t.as('org_member');
    expect((await t.app.inject({ method: 'POST', url: '/api/cases', headers: stranger, payload: newCase('stranger', { actor: 'meemoo' }) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/cases', payload: newCase('anon', { actor: 'meemoo' }) })).statusCode).toBe(401);
  });

  it('answers a stale edit with 409 and keeps the newer save', async () => {
    const created = json(await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('stale-case') }));
    const body = (title: string, version: number) => ({ ...newCase('x', { version, title: { nl: title, en: title } }), code: undefined });
    expect((await t.app.inject({ method: 'PUT', url: '/api/cases/stale-case', headers: team, payload: body('Eerste', created.version) })).statusCode).toBe(200);
    const late = await t.app.inject({ method: 'PUT', url: '/api/cases/stale-case', headers: team, payload: body('Tweede', created.version) });
    expect(late.statusCode).toBe(409);
    expect(json(late)).toMatchObject({ code: 'KNOWLEDGE_STALE', currentVersion: created.version + 1 });
    expect(json(await t.app.inject('/api/cases/stale-case')).title.nl).toBe('Eerste');
  });

  it('names every invalid field with 400 and writes nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: { ...newCase('bad-case'), title: { nl: '', en: 'x' }, country: 'Belgium', outcome: 'meh', technologies: ['telepathy'] } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json(res))).toEqual(expect.arrayContaining(['body.title.nl', 'body.country', 'body.outcome', 'body.technologies.0']));
    const unknown = await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('bad-challenge', { challenges: [7, 42], actor: 'nobody' }) });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(json(unknown))).toEqual(['actor']);
    const afterActor = await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('bad-challenge', { challenges: [7, 42] }) });
    expect(fieldsOf(json(afterActor))).toEqual(['challenges.1']);
    expect(await t.database.db.selectFrom('cases').select('id').where('code', 'in', ['bad-case', 'bad-challenge']).execute()).toHaveLength(0);
    const dup = await t.app.inject({ method: 'POST', url: '/api/cases', headers: team, payload: newCase('smk-open-api') });
    expect(dup.statusCode).toBe(409);
  });

  it('creates a case through the page form, and shows a refused form again with the input kept', async () => {
    const fields = {
      code: 'form-case', title_nl: 'Formuliervoorbeeld', title_en: 'Form example', summary_nl: 'Samenvatting', summary_en: 'Summary',
      country: 'be', sector: 'heritage', pillar: '2', outcome: 'failure', actor: 'meemoo', challenges: ['5'], technologies: ['cloud'], dimensions: ['data'],
    };
    const bad = await t.app.inject({ method: 'POST', url: '/cases', headers: formHeaders(meemooEditor), payload: formBody(meemooEditor, { ...fields, title_nl: '', pillar: '' }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('error-summary');
    expect(bad.body).toContain('href="#f-title_nl"');
    expect(bad.body).toContain('href="#f-pillar"');
    expect(bad.body).toContain('value="Form example"');
    const ok = await t.app.inject({ method: 'POST', url: '/cases', headers: formHeaders(meemooEditor), payload: formBody(meemooEditor, fields) });
    expect(ok.statusCode, ok.body.slice(0, 500)).toBe(303);
    expect(ok.headers.location).toBe('/cases/form-case?saved=1');
    expect(json(await t.app.inject('/api/cases/form-case'))).toMatchObject({ country: 'BE', outcome: 'failure', maintainedBy: 'meemoo', technologies: ['cloud'] });
    expect(json(await t.app.inject('/api/cases?outcome=failure&pageSize=100')).items.map((c: { code: string }) => c.code)).toContain('form-case');
  });
});

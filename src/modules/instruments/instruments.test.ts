import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

const newInstrument = (code: string) => ({
  code,
  name: { nl: 'Fieldlab digitale publiekswerking', en: 'Fieldlab digital audience work' },
  description: { nl: 'Een proeftuin.', en: 'A living lab.' },
  type: 'subsidy',
  responsibleActor: 'dcjm',
  sinceYear: 2026,
  links: [{ challenge: 5, strength: 'strong' }, { challenge: 12, strength: 'partial' }],
  recommendations: ['R3.1'],
});

describe.each(engines)('instruments API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); });
  afterAll(async () => { await t?.close(); });

  it('lists the seeded instruments and filters by challenge', async () => {
    const all = json(await t.app.inject('/api/instruments?pageSize=100'));
    expect(all.total).toBeGreaterThanOrEqual(10);
    const c7 = json(await t.app.inject('/api/instruments?challenge=7&pageSize=100'));
    expect(c7.total).toBeGreaterThan(0);
    expect(c7.total).toBeLessThan(all.total);
    for (const i of c7.items) expect(i.links.map((l: { challenge: number }) => l.challenge)).toContain(7);
  });

  it('names an unknown challenge or actor in a filter', async () => {
    const res = await t.app.inject('/api/instruments?challenge=42&actor=nobody');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = json(res).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['querystring.challenge', 'querystring.actor']));
  });

  it('refuses writes without login and for organisation members', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', payload: newInstrument('x-one') })).statusCode).toBe(401);
    const member = await t.as('org_member');
    expect((await t.app.inject({ method: 'POST', url: '/api/instruments', headers: member, payload: newInstrument('x-one') })).statusCode).toBe(403);
  });

  it('creates an instrument, shows it in the coverage matrix, and audits it', async () => {
    const team = await t.as('transition_team');
    const before = json(await t.app.inject('/api/coverage'));
    const cell = (m: any, n: number) => m.pillars.flatMap((p: any) => p.cells).find((c: any) => c.challenge === n);
    const res = await t.app.inject({ method: 'POST', url: '/api/instruments', headers: team, payload: newInstrument('fieldlab-publiek') });
    expect(res.statusCode).toBe(201);
    expect(json(res).version).toBe(1);
    const after = json(await t.app.inject('/api/coverage'));
    expect(cell(after, 5).instruments.length).toBe(cell(before, 5).instruments.length + 1);
    expect(cell(after, 5).instruments.map((i: any) => i.code)).toContain('fieldlab-publiek');
    const history = json(await t.app.inject({ url: '/api/instruments/fieldlab-publiek/history', headers: team }));
    expect(history).toHaveLength(1);
    expect(history[0].action).toBe('create');
  });

  it('answers a duplicate code with 409 and writes nothing', async () => {
    const team = await t.as('transition_team');
    const res = await t.app.inject({ method: 'POST', url: '/api/instruments', headers: team, payload: newInstrument('fieldlab-publiek') });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('INSTRUMENT_CODE_TAKEN');
  });

  it('names every invalid field and every unknown reference, and writes nothing', async () => {
    const team = await t.as('transition_team');
    const bad = await t.app.inject({ method: 'POST', url: '/api/instruments', headers: team, payload: { code: 'Bad Code', name: { nl: '' }, type: 'spaceship', links: [] } });
    expect(bad.statusCode).toBe(400);
    const fields = json(bad).errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.code', 'body.description', 'body.type']));
    const refs = await t.app.inject({
      method: 'POST', url: '/api/instruments', headers: team,
      payload: { ...newInstrument('ghost-refs'), responsibleActor: 'nobody', links: [{ challenge: 99, strength: 'strong' }], recommendations: ['R9.9'] },
    });
    expect(refs.statusCode).toBe(400);
    expect(json(refs).detail).toContain('challenge 99 does not exist');
    expect(json(refs).detail).toContain('actor nobody does not exist');
    expect(json(refs).detail).toContain('recommendation R9.9 does not exist');
    expect((await t.app.inject('/api/instruments/ghost-refs')).statusCode).toBe(404);
  });

  it('detects a stale edit with 409 and keeps the newer version', async () => {
    const team = await t.as('transition_team');
    const body = { ...newInstrument('stale-test') };
    await t.app.inject({ method: 'POST', url: '/api/instruments', headers: team, payload: body });
    const { code: _c, ...fields } = body;
    const first = await t.app.inject({ method: 'PUT', url: '/api/instruments/stale-test', headers: team, payload: { ...fields, version: 1, name: { nl: 'Eerste', en: 'First' } } });
    expect(first.statusCode).toBe(200);
    expect(json(first).version).toBe(2);
    const second = await t.app.inject({ method: 'PUT', url: '/api/instruments/stale-test', headers: team, payload: { ...fields, version: 1, name: { nl: 'Tweede', en: 'Second' } } });
    expect(second.statusCode).toBe(409);
    expect(json(second).currentVersion).toBe(2);
    expect(json(await t.app.inject('/api/instruments/stale-test')).name.nl).toBe('Eerste');
  });

  it('retires without deleting: the instrument leaves the matrix but keeps its history', async () => {
    const team = await t.as('transition_team');
    const current = json(await t.app.inject('/api/instruments/stale-test'));
    const res = await t.app.inject({ method: 'POST', url: '/api/instruments/stale-test/retire', headers: team, payload: { version: current.version, reason: 'test' } });
    expect(res.statusCode).toBe(200);
    expect(json(res).status).toBe('retired');
    const matrix = json(await t.app.inject('/api/coverage'));
    const codes = matrix.pillars.flatMap((p: any) => p.cells).flatMap((c: any) => c.instruments.map((i: any) => i.code));
    expect(codes).not.toContain('stale-test');
    expect((await t.app.inject('/api/instruments/stale-test')).statusCode).toBe(200);
    const history = json(await t.app.inject({ url: '/api/instruments/stale-test/history', headers: team }));
    expect(history.map((h: { action: string }) => h.action)).toEqual(['retire', 'update', 'create']);
  });

  it('shows a write on the very next read of every cached list and page', async () => {
    const team = await t.as('transition_team');
    const urls = ['/api/instruments?q=cache&pageSize=100', '/instruments?q=cache', '/coverage', '/api/coverage', '/actors/dcjm'];
    await t.app.inject({ method: 'POST', url: '/api/instruments', headers: team, payload: { ...newInstrument('cache-probe'), name: { nl: 'Cache proef een', en: 'Cache probe one' } } });
    for (const url of urls) expect((await t.app.inject(url)).body).toContain('Cache proef een');
    for (const url of urls) expect((await t.app.inject(url)).body).toContain('Cache proef een');
    const current = json(await t.app.inject('/api/instruments/cache-probe'));
    const { code: _c, ...fields } = newInstrument('cache-probe');
    const res = await t.app.inject({ method: 'PUT', url: '/api/instruments/cache-probe', headers: team, payload: { ...fields, version: current.version, name: { nl: 'Cache proef twee', en: 'Cache probe two' } } });
    expect(res.statusCode).toBe(200);
    for (const url of urls) {
      const body = (await t.app.inject(url)).body;
      expect(body, url).toContain('Cache proef twee');
      expect(body, url).not.toContain('Cache proef een');
    }
  });

  it('keeps filtered lists exact when an instrument enters or leaves a filter', async () => {
    const team = await t.as('transition_team');
    const { code: _c, ...fields } = newInstrument('moving-probe');
    await t.app.inject({ method: 'POST', url: '/api/instruments', headers: team, payload: { ...newInstrument('moving-probe'), links: [{ challenge: 9, strength: 'strong' }] } });
    const codes = async (url: string) => json(await t.app.inject(url)).items.map((i: { code: string }) => i.code);
    const pageHas = async (url: string) => (await t.app.inject(url)).body.includes('/instruments/moving-probe"');
    expect(await codes('/api/instruments?challenge=9&pageSize=100')).toContain('moving-probe');
    expect(await codes('/api/instruments?challenge=14&pageSize=100')).not.toContain('moving-probe');
    expect(await pageHas('/instruments?challenge=9&pageSize=100')).toBe(true);
    expect(await pageHas('/instruments?challenge=14&pageSize=100')).toBe(false);
    const totalBefore = json(await t.app.inject('/api/instruments?challenge=9&pageSize=100')).total;
    const dcjmBefore = json(await t.app.inject('/api/actors?q=dcjm')).items[0].instrumentCount;
    let version = json(await t.app.inject('/api/instruments/moving-probe')).version;
    // Leaves challenge 9 for challenge 14 and changes its responsible actor.
    const res = await t.app.inject({ method: 'PUT', url: '/api/instruments/moving-probe', headers: team, payload: { ...fields, version, responsibleActor: 'meemoo', links: [{ challenge: 14, strength: 'partial' }] } });
    expect(res.statusCode).toBe(200);
    expect(await codes('/api/instruments?challenge=9&pageSize=100')).not.toContain('moving-probe');
    expect(json(await t.app.inject('/api/instruments?challenge=9&pageSize=100')).total).toBe(totalBefore - 1);
    expect(await codes('/api/instruments?challenge=14&pageSize=100')).toContain('moving-probe');
    expect(await pageHas('/instruments?challenge=9&pageSize=100')).toBe(false);
    expect(await pageHas('/instruments?challenge=14&pageSize=100')).toBe(true);
    expect(json(await t.app.inject('/api/actors?q=dcjm')).items[0].instrumentCount).toBe(dcjmBefore - 1);
    version = json(res).version;
    const retired = await t.app.inject({ method: 'POST', url: '/api/instruments/moving-probe/retire', headers: team, payload: { version } });
    expect(retired.statusCode).toBe(200);
    expect(await codes('/api/instruments?challenge=14&pageSize=100')).not.toContain('moving-probe');
    expect(await codes('/api/instruments?challenge=14&status=retired&pageSize=100')).toContain('moving-probe');
  });

  it('returns 404 problem details for an unknown instrument', async () => {
    const res = await t.app.inject('/api/instruments/does-not-exist');
    expect(res.statusCode).toBe(404);
    expect(json(res).status).toBe(404);
  });
});

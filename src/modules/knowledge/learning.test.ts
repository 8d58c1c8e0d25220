import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { brusselsDate } from '../../web/dates.js';
import { editorOf, fieldsOf, formBody, formHeaders, type Headers } from './test-fixtures.js';

interface Item { id: number; kind: string; provider: { actor: string | null }; startsOn: string | null; endsOn: string | null; online: boolean; dimension: string | null; levelFrom: number | null; levelTo: number | null; subsectors: string[]; version: number; isDemo: boolean }
const day = (offset: number) => new Date(Date.parse(`${brusselsDate()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const offer = (extra: Record<string, unknown> = {}) => ({
  title: { nl: 'Archieven digitaliseren', en: 'Digitising archives' }, summary: { nl: 'Workshop.', en: 'Workshop.' }, kind: 'workshop',
  provider: 'meemoo', startsOn: day(10), endsOn: day(11), place: 'Gent', online: false, dimension: 'infrastructure', levelFrom: 1, levelTo: 3,
  subsectors: ['heritage'], pillars: [3], language: 'nl', ...extra,
});

describe.each(engines)('learning opportunities on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let meemoo: Headers;
  const list = async (q: string) => json<{ items: Item[]; total: number }>(await t.app.inject(`/api/learning?pageSize=100&${q}`));
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    meemoo = await editorOf(t, team, 'meemoo');
  });
  afterAll(async () => { await t?.close(); });

  it('lists the demo offer and narrows by every filter', async () => {
    const all = await list('');
    expect(all.total).toBeGreaterThanOrEqual(21);
    const check = async (q: string, ok: (i: Item) => boolean) => {
      const page = await list(q);
      expect(page.total, q).toBeGreaterThan(0);
      expect(page.total, q).toBeLessThan(all.total);
      expect(page.items.every(ok), q).toBe(true);
      expect(page.total, q).toBe(all.items.filter(ok).length);
    };
    await check('kind=webinar', (i) => i.kind === 'webinar');
    await check('provider=meemoo', (i) => i.provider.actor === 'meemoo');
    await check('mode=online', (i) => i.online);
    await check('mode=place', (i) => !i.online);
    await check('dimension=data', (i) => i.dimension === 'data');
    await check('level=4', (i) => (i.levelFrom ?? 0) <= 4 && (i.levelTo ?? 5) >= 4);
    const bad = await t.app.inject('/api/learning?kind=lecture&provider=nobody');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(json(bad))).toContain('querystring.kind');
    expect(fieldsOf(json(await t.app.inject('/api/learning?provider=nobody')))).toEqual(['querystring.provider']);
  });

  it('separates upcoming from past by the end day, and filters by subsector', async () => {
    const past = json(await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: offer({ startsOn: day(-40), endsOn: day(-30), subsectors: ['circus'] }) }));
    const running = json(await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: offer({ startsOn: day(-5), endsOn: day(5), subsectors: ['circus'] }) }));
    const upcoming = (await list('when=upcoming')).items.map((i) => i.id);
    const gone = (await list('when=past')).items.map((i) => i.id);
    expect(upcoming).toContain(running.id);
    expect(upcoming).not.toContain(past.id);
    expect(gone).toContain(past.id);
    expect(gone).not.toContain(running.id);
    expect((await list('subsector=circus')).items.map((i) => i.id).sort()).toEqual([past.id, running.id].sort());
  });

  it('refuses an end before the start, naming the field, as API and as page', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: offer({ startsOn: day(10), endsOn: day(9) }) });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(json(res))).toEqual(['endsOn']);
    const levels = await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: offer({ levelFrom: 4, levelTo: 2 }) });
    expect(fieldsOf(json(levels))).toEqual(['levelTo']);
    const shape = await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: offer({ startsOn: '2026-02-31', kind: 'lecture', url: 'javascript:alert(1)' }) });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(json(shape))).toEqual(expect.arrayContaining(['body.kind', 'body.url']));
    const calendar = await t.app.inject({ method: 'POST', url: '/api/learning', headers: team, payload: offer({ startsOn: '2026-02-31', endsOn: null }) });
    expect(fieldsOf(json(calendar))).toEqual(['startsOn']);
    const page = await t.app.inject({
      method: 'POST', url: '/learning', headers: formHeaders(team),
      payload: formBody(team, { title_nl: 'Te vroeg gedaan', title_en: 'Done too early', kind: 'course', provider: 'meemoo', startsOn: day(20), endsOn: day(3), place: 'Gent' }),
    });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('href="#f-endsOn"');
    expect(page.body).toContain('value="Te vroeg gedaan"');
    expect(page.body).toMatch(/mag niet voor de begindatum liggen/);
  });

  it('lets an editor maintain the offer of its own actor only, with optimistic locking and retiring', async () => {
    const own = await t.app.inject({ method: 'POST', url: '/api/learning', headers: meemoo, payload: offer() });
    expect(own.statusCode, own.body).toBe(201);
    const item = json<Item>(own);
    expect((await t.app.inject({ method: 'POST', url: '/api/learning', headers: meemoo, payload: offer({ provider: 'publiq' }) })).statusCode).toBe(403);
    const publiqOffer = (await list('provider=publiq')).items[0]!;
    const foreign = await t.app.inject({ method: 'PUT', url: `/api/learning/${publiqOffer.id}`, headers: meemoo, payload: { ...offer({ provider: 'publiq' }), version: publiqOffer.version } });
    expect(foreign.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/learning/${publiqOffer.id}/retire`, headers: meemoo, payload: { version: publiqOffer.version } })).statusCode).toBe(403);
    const first = await t.app.inject({ method: 'PUT', url: `/api/learning/${item.id}`, headers: meemoo, payload: { ...offer({ place: 'Brugge' }), version: item.version } });
    expect(first.statusCode, first.body).toBe(200);
    const second = await t.app.inject({ method: 'PUT', url: `/api/learning/${item.id}`, headers: team, payload: { ...offer({ place: 'Leuven' }), version: item.version } });
    expect(second.statusCode).toBe(409);
    expect(json(second).code).toBe('KNOWLEDGE_STALE');
    const stalePage = await t.app.inject({ method: 'POST', url: `/learning/${item.id}/edit`, headers: formHeaders(team), payload: formBody(team, { version: String(item.version), title_nl: 'x', title_en: 'y', kind: 'course', provider: 'meemoo', place: 'Gent' }) });
    expect(stalePage.statusCode).toBe(409);
    expect(stalePage.body).toContain('stale-notice');
    expect(json(await t.app.inject(`/api/learning/${item.id}`)).place).toBe('Brugge');
    const retired = await t.app.inject({ method: 'POST', url: `/api/learning/${item.id}/retire`, headers: meemoo, payload: { version: item.version + 1 } });
    expect(retired.statusCode).toBe(200);
    expect(json(retired).retired).toBe(true);
    expect((await t.app.inject(`/api/learning/${item.id}`)).statusCode).toBe(404);
    expect((await list('provider=meemoo')).items.map((i) => i.id)).not.toContain(item.id);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'learning_opportunity').where('entity_id', '=', String(item.id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'retire']);
  });

  it('renders the list, a detail page and the form in Dutch and English', async () => {
    const id = (await list('provider=imec')).items[0]!.id;
    for (const url of ['/learning', '/learning?kind=workshop&when=upcoming', `/learning/${id}`]) {
      for (const lang of ['nl', 'en']) {
        const res = await t.app.inject(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain(`<html lang="${lang}">`);
        expect(res.body.match(/<h1[\s>]/g)).toHaveLength(1);
        expect(res.body).not.toMatch(/>knowledge\.[a-zA-Z_.]+</);
      }
    }
    expect((await t.app.inject(`/learning/${id}`)).body).toContain('badge-demo');
    const created = json(await t.app.inject({ method: 'POST', url: '/api/learning', headers: meemoo, payload: offer({ pillars: [2, 3] }) }));
    const detail = (await t.app.inject(`/learning/${created.id}`)).body;
    // Every pillar is its own link, separated as a list is; the provider links to its actor page.
    expect(detail).toMatch(/<dt>Pijlers<\/dt><dd><a href="\/pillars\/2">2\. [^<]+<\/a>, <a href="\/pillars\/3">3\. [^<]+<\/a><\/dd>/);
    expect(detail).toContain('<a href="/actors/meemoo">');
    expect(detail).not.toContain(`action="/learning/${created.id}/retire"`);
    const own = (await t.app.inject({ url: `/learning/${created.id}`, headers: meemoo })).body;
    expect(own).toContain(`href="/learning/${created.id}/edit"`);
    expect(own).toContain(`action="/learning/${created.id}/retire"`);
    const form = await t.app.inject({ url: '/learning/new?lang=en', headers: meemoo });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<legend>Kind');
    expect((await t.app.inject('/learning/new')).statusCode).toBe(401);
  });
});

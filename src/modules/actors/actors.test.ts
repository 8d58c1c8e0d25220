import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { paths } from '../../paths.js';

const seeded = JSON.parse(readFileSync(join(paths.studySeed, 'actors.json'), 'utf8')) as Array<{ code: string }>;

describe.each(engines)('actors on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); });
  afterAll(async () => { await t?.close(); });

  it('lists every seeded actor, sorted by name', async () => {
    const all = json(await t.app.inject('/api/actors?pageSize=100'));
    expect(all.total).toBe(seeded.length);
    expect(all.items).toHaveLength(seeded.length);
    const names = all.items.map((a: { name: string }) => a.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('nl', { numeric: true }).compare));
    const page2 = json(await t.app.inject('/api/actors?pageSize=10&page=2'));
    expect(page2).toMatchObject({ page: 2, pageSize: 10, pages: Math.ceil(seeded.length / 10), total: seeded.length });
    expect(page2.items.map((a: { name: string }) => a.name)).toEqual(names.slice(10, 20));
  });

  it('filters by role and by subsector, and the filters compose', async () => {
    const relief = json(await t.app.inject('/api/actors?role=relief_provider&pageSize=100'));
    expect(relief.total).toBeGreaterThan(0);
    for (const a of relief.items) expect(a.roles.map((r: { role: string }) => r.role)).toContain('relief_provider');
    expect(relief.items.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['meemoo', 'faro', 'cultuurconnect']));

    const heritage = json(await t.app.inject('/api/actors?subsector=heritage&pageSize=100'));
    for (const a of heritage.items) expect(a.subsectors).toContain('heritage');
    expect(heritage.items.map((a: { code: string }) => a.code)).toContain('vlaamse-kunstcollectie');

    const both = json(await t.app.inject('/api/actors?role=relief_provider&subsector=heritage&pageSize=100'));
    const codes = both.items.map((a: { code: string }) => a.code).sort();
    expect(codes).toEqual(['faro', 'meemoo']);
    expect(both.total).toBeLessThan(Math.min(relief.total, heritage.total));

    const technicalRelief = json(await t.app.inject('/api/actors?role=relief_provider&focus=technical'));
    expect(technicalRelief.items.map((a: { code: string }) => a.code)).toEqual(['meemoo']);
    const named = json(await t.app.inject('/api/actors?q=MEEMOO&pillar=3&expertise=archiving&kind=support_organisation'));
    expect(named.items.map((a: { code: string }) => a.code)).toEqual(['meemoo']);
  });

  it('answers an unknown filter value with 400 naming the field, never a 500', async () => {
    for (const [query, field] of [['subsector=opera', 'querystring.subsector'], ['expertise=magic', 'querystring.expertise'], ['kind=guild', 'querystring.kind'], ['role=boss', 'querystring.role'], ['pageSize=500', 'querystring.pageSize']]) {
      const res = await t.app.inject(`/api/actors?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(json(res).errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await t.app.inject('/actors?subsector=opera')).statusCode).toBe(400);
  });

  it('shows one actor with its roles and instruments, and 404 for an unknown code', async () => {
    const meemoo = json(await t.app.inject('/api/actors/meemoo'));
    expect(meemoo).toMatchObject({ code: 'meemoo', kind: 'support_organisation', website: 'https://meemoo.be', subsectors: ['heritage', 'arts'] });
    expect(meemoo.roles[0]).toMatchObject({ role: 'relief_provider', focus: 'technical', horizon: 'long', access: 'sector_wide' });
    const dcjm = json(await t.app.inject('/api/actors/dcjm'));
    const responsible = json(await t.app.inject('/api/instruments?actor=dcjm&status=all&pageSize=100'));
    expect(dcjm.instruments.map((i: { code: string }) => i.code).sort()).toEqual(responsible.items.map((i: { code: string }) => i.code).sort());
    expect(dcjm.instruments.length).toBeGreaterThan(0);

    const missing = await t.app.inject('/api/actors/nobody');
    expect(missing.statusCode).toBe(404);
    expect(json(missing).status).toBe(404);
    const page = await t.app.inject('/actors/nobody');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('flags circus and amateur arts without a relief provider, and the role nobody holds', async () => {
    const res = await t.app.inject('/api/actors/roles');
    expect(res.statusCode).toBe(200);
    const c = json(res);
    expect(c.summary.uncoveredSubsectors.sort()).toEqual(['amateur_arts', 'circus']);
    const circus = c.subsectors.find((s: { code: string }) => s.code === 'circus');
    expect(circus.covered).toBe(false);
    expect(circus.providers).toEqual([]);
    // meemoo and Cultuurconnect are proposed for the whole sector but do not reach circus today.
    expect(circus.proposedSectorWide.map((a: { code: string }) => a.code).sort()).toEqual(['cultuurconnect', 'meemoo']);
    const heritage = c.subsectors.find((s: { code: string }) => s.code === 'heritage');
    expect(heritage.providers.map((a: { code: string }) => a.code).sort()).toEqual(['faro', 'meemoo']);

    expect(c.roles).toHaveLength(8);
    expect(c.summary.neededRoles).toBe(8);
    expect(c.summary.unheldRoles).toEqual(['relief_provider:technical:short']);
    expect(c.summary.heldRoles).toBe(7);
    const held = c.roles.find((r: { key: string }) => r.key === 'driver:technical:long');
    expect(held.holders.map((a: { code: string }) => a.code)).toEqual(['aiv']);
  });

  it('documents its API in the OpenAPI document', async () => {
    const doc = t.app.swagger() as { paths: Record<string, { get?: { tags?: string[]; summary?: string } }> };
    for (const path of ['/api/v1/actors', '/api/v1/actors/roles', '/api/v1/actors/{code}']) {
      expect(doc.paths[path]?.get?.tags).toEqual(['actors']);
      expect(doc.paths[path]?.get?.summary).toBeTruthy();
    }
  });

  it.each(['/actors', '/actors?role=relief_provider&subsector=heritage', '/actors/meemoo', '/actors/roles'])('renders %s in Dutch and English', async (url) => {
    const nl = await t.app.inject(url);
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('<html lang="nl">');
    expect(nl.body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(nl.body).not.toMatch(/ style=|<script>/);
    const en = await t.app.inject(`${url}${url.includes('?') ? '&' : '?'}lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    // Every message key resolved: no raw keys of this module on the page.
    expect(en.body).not.toMatch(/>(actors|roles|actorKind|expertise|subsector)\.[a-z_.]+</i);
  });

  it('marks the gaps on the role coverage page', async () => {
    const page = (await t.app.inject('/actors/roles?lang=en')).body;
    expect(page).toContain('No relief provider');
    expect(page).toContain('Held by nobody');
    expect(page).toMatch(/Circus/);
    expect(page).toMatch(/<caption>/);
  });

  // Runs last: it changes an actor. The sorted list and the role check are reused across writes
  // that leave the actors alone, so they must still follow a write that changes one.
  it('follows a change to an actor, and reuses nothing stale after an instrument write', async () => {
    const catalog = t.app.readModels.catalog;
    const publiq = catalog.actorByCode('publiq')!;
    await catalog.refreshInstruments([...catalog.instruments.keys()].slice(0, 1));
    expect(json(await t.app.inject('/api/actors/roles')).summary.uncoveredSubsectors).toHaveLength(2);

    await t.database.db.updateTable('actors')
      .set({ name: '0 publiq (renamed)', subsectors: ['circus'], version: publiq.version + 1 }).where('id', '=', publiq.id).execute();
    await t.database.db.insertInto('actor_roles').values({
      actor_id: publiq.id, role: 'relief_provider', focus: 'technical', horizon: 'short', access: 'subsector', note_nl: '', note_en: '', source: null,
    }).execute();
    await catalog.refreshActors([publiq.id]);

    const first = json(await t.app.inject('/api/actors?pageSize=1')).items[0];
    expect(first).toMatchObject({ code: 'publiq', name: '0 publiq (renamed)' });
    const c = json(await t.app.inject('/api/actors/roles'));
    expect(c.summary.uncoveredSubsectors).toEqual(['amateur_arts']);
    expect(c.summary.unheldRoles).toEqual([]);
    expect(c.subsectors.find((x: { code: string }) => x.code === 'circus').providers.map((a: { code: string }) => a.code)).toEqual(['publiq']);
  });
});

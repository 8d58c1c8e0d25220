import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { DIMENSION_CODES } from '../maturity/model.js';
import { ACTOR_DIMENSIONS, CASE_DIMENSIONS } from './seed/matching.js';

describe.each(engines)('improvement seeds and API document on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine, demo: true }); });
  afterAll(async () => { await t?.close(); });

  it('has a considered tag choice for every one of the study\'s 32 actors and 24 cases, with known dimension codes', async () => {
    const db = t.database.db;
    const actors = (await db.selectFrom('actors').select('code').where('is_demo', '=', false).execute()).map((a) => a.code);
    const cases = (await db.selectFrom('cases').select('code').where('is_demo', '=', false).execute()).map((c) => c.code);
    expect(actors.filter((c) => !(c in ACTOR_DIMENSIONS))).toEqual([]);
    expect(cases.filter((c) => !(c in CASE_DIMENSIONS))).toEqual([]);
    for (const tag of [...Object.values(ACTOR_DIMENSIONS), ...Object.values(CASE_DIMENSIONS)]) {
      expect(tag.why.length).toBeGreaterThan(10);
      for (const d of tag.dimensions) expect(DIMENSION_CODES).toContain(d);
    }
    const tagged = await db.selectFrom('actor_dimensions as d').innerJoin('actors as a', 'a.id', 'd.actor_id').select(['a.code', 'd.dimension_code']).execute();
    expect(tagged).toContainEqual({ code: 'meemoo', dimension_code: 'infrastructure' });
    expect(tagged.some((r) => r.code === 'sarc')).toBe(false);
    const caseTags = await db.selectFrom('case_dimensions').select('dimension_code').execute();
    for (const code of DIMENSION_CODES) expect(caseTags.some((c) => c.dimension_code === code), code).toBe(true);
  });

  it('loads about 20 demo learning opportunities from providers in the study, labelled as demo, in 2026-2027', async () => {
    const rows = await t.database.db.selectFrom('learning_opportunities as l').leftJoin('actors as a', 'a.id', 'l.provider_actor_id')
      .select(['l.title_nl', 'l.title_en', 'l.kind', 'l.is_demo', 'l.starts_on', 'l.level_from', 'l.level_to', 'l.online', 'l.place', 'a.code']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(18);
    expect(rows.every((r) => r.is_demo && r.title_nl.startsWith('Demo: ') && r.title_en.startsWith('Demo: '))).toBe(true);
    expect(rows.every((r) => r.code !== null)).toBe(true);
    expect([...new Set(rows.map((r) => r.code))]).toEqual(expect.arrayContaining(['cultuurconnect', 'meemoo', 'publiq', 'faro', 'kunstenpunt', 'socius', 'imec']));
    expect(new Set(rows.map((r) => r.kind)).size).toBe(8);
    expect(rows.every((r) => r.starts_on! >= '2026-01-01' && r.starts_on! <= '2027-12-31')).toBe(true);
    expect(rows.every((r) => r.level_from! < r.level_to! && (r.online ? r.place === null : Boolean(r.place)))).toBe(true);
  });

  it('documents every JSON route of the module in the OpenAPI document, tagged improvement, with response schemas', async () => {
    const doc = json(await t.app.inject('/api/v1/openapi.json'));
    const ops = Object.entries(doc.paths as Record<string, Record<string, any>>)
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })))
      .filter((o) => o.op.tags?.includes('improvement'));
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      'delete /api/v1/organisations/{id}/coaches/{invitationId}', 'get /api/v1/coaching', 'get /api/v1/organisations/{id}/coaches', 'get /api/v1/organisations/{id}/contact-requests', 'get /api/v1/organisations/{id}/plan',
      'get /api/v1/organisations/{id}/plan/paragraph', 'get /api/v1/organisations/{id}/priorities', 'get /api/v1/organisations/{id}/progress',
      'post /api/v1/organisations/{id}/coaches', 'post /api/v1/organisations/{id}/contact-requests', 'post /api/v1/organisations/{id}/contact-requests/{requestId}/answer', 'post /api/v1/organisations/{id}/plan/comments',
      'post /api/v1/organisations/{id}/plan/items', 'post /api/v1/organisations/{id}/plans', 'put /api/v1/organisations/{id}/plan',
      'put /api/v1/organisations/{id}/plan/items/{itemId}', 'put /api/v1/organisations/{id}/plan/priorities',
    ]);
    for (const o of ops) {
      const ok = o.op.responses['200'] ?? o.op.responses['201'];
      expect(ok?.content?.['application/json']?.schema, `${o.method} ${o.path}`).toBeDefined();
    }
  });
});

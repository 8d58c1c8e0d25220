import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
const PAGES = [
  '/vision', '/vision/why', '/vision/embed', '/vision/demo-visie-2050', '/vision/demo-visie-2050/rounds/1', '/vision/demo-visie-2050?section=why&status=answered',
  '/paths', '/paths/demo-pad-basisinfrastructuur', '/paths/demo-pad-open-data', '/scenarios', '/scenarios/demo-scenario-gemeengoed',
];
const TEAM_PAGES = ['/vision/new', '/paths/new', '/paths/demo-pad-competenties/edit', '/scenarios/sets/new', '/scenarios/sets/demo-scenarios-2040/edit', '/scenarios/demo-scenario-coalitie/edit'];

describe.each(engines)('vision pages on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  for (const url of PAGES) {
    it(`${url} renders for visitors and the team, in both languages`, async () => {
      for (const headers of [{}, team]) {
        for (const lang of ['nl', 'en']) {
          const res = await t.app.inject({ url: `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`, headers });
          expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
          expect(res.body).toContain(`lang="${lang}"`);
          expect(res.body).not.toMatch(/>vision\.[a-zA-Z]/);
        }
      }
    });
  }

  for (const url of TEAM_PAGES) {
    it(`${url} is a form for the team and refused to visitors`, async () => {
      const res = await t.app.inject({ url, headers: team });
      expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
      expect(res.body).toContain('name="_csrf"');
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    });
  }

  it('labels the demo data as demo', async () => {
    const page = (await t.app.inject('/vision/demo-visie-2050')).body;
    expect(page).toContain('[demo] Visie op de digitale transformatie');
    expect(page).toContain('badge-demo');
  });

  it('answers 404 for an unknown vision, path and scenario, and 400 for a bad round number', async () => {
    for (const url of ['/vision/nope', '/paths/nope', '/scenarios/nope', '/vision/demo-visie-2050/rounds/9']) expect((await t.app.inject(url)).statusCode).toBe(404);
    expect((await t.app.inject('/vision/demo-visie-2050/rounds/abc')).statusCode).toBe(400);
  });

  it('lets partners frame only the embed page', async () => {
    const embed = await t.app.inject('/vision/embed');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const why = await t.app.inject('/vision/why');
    expect(why.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(why.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(why.body).toContain('&lt;iframe src=');
    expect(why.body).toContain('/vision/embed?lang=nl');
  });

  it('lists every endpoint in the OpenAPI document under the vision tag', async () => {
    const doc = JSON.parse((await t.app.inject('/api/v1/openapi.json')).body);
    const paths = Object.entries(doc.paths as Record<string, Record<string, { tags?: string[] }>>)
      .filter(([, ops]) => Object.values(ops).some((op) => op.tags?.includes('vision'))).map(([p]) => p);
    expect(paths).toEqual(expect.arrayContaining([
      '/api/v1/vision', '/api/v1/vision/why', '/api/v1/vision/{code}/rounds/{n}/comments', '/api/v1/vision/{code}/rounds/{n}/endorsements',
      '/api/v1/vision/kpi-measurements', '/api/v1/paths/{code}', '/api/v1/paths/{code}/action-lines/{line}', '/api/v1/scenarios', '/api/v1/signals',
    ]));
  });
});

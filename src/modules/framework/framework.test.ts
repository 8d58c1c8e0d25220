import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { accessibilityStatement, DEFAULT_ACCESSIBILITY_CONTACT } from './statement.js';

const PILLAR_OF: Record<number, number> = { 1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 3, 8: 3, 9: 3, 10: 4, 11: 4, 12: 4, 13: 5, 14: 5 };

const PAGES = [
  '/pillars', '/pillars/1', '/pillars/5', '/challenges', '/challenges?pillar=3', '/challenges/7', '/challenges/14',
  '/recommendations', '/recommendations/R1', '/recommendations/R1.3', '/timeline', '/about', '/accessibility',
];

describe.each(engines)('framework on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); });
  afterAll(async () => { await t?.close(); });

  it('lists exactly the five pillars, each with the numbers of its challenges', async () => {
    const res = await t.app.inject('/api/pillars');
    expect(res.statusCode).toBe(200);
    const pillars = json(res);
    expect(pillars.map((p: { number: number }) => p.number)).toEqual([1, 2, 3, 4, 5]);
    for (const p of pillars) {
      expect(p.name.nl).toBeTruthy();
      expect(p.name.en).toBeTruthy();
      expect(p.challenges).toEqual(Object.keys(PILLAR_OF).map(Number).filter((c) => PILLAR_OF[c] === p.number));
    }
  });

  it('lists the fourteen challenges, each in its pillar (1-4, 5-6, 7-9, 10-12, 13-14)', async () => {
    const challenges = json(await t.app.inject('/api/challenges'));
    expect(challenges).toHaveLength(14);
    for (const c of challenges) {
      expect(c.pillar).toBe(PILLAR_OF[c.number]);
      for (const field of ['title', 'description', 'whyItMatters']) {
        expect(c[field].nl, `${field} nl of challenge ${c.number}`).toBeTruthy();
        expect(c[field].en, `${field} en of challenge ${c.number}`).toBeTruthy();
      }
      expect(c.source).toBeTruthy();
    }
    const third = json(await t.app.inject('/api/challenges?pillar=3'));
    expect(third.map((c: { number: number }) => c.number)).toEqual([7, 8, 9]);
  });

  it('shows on a challenge the same active instruments as the registry filter', async () => {
    for (const n of [1, 7, 13]) {
      const detail = json(await t.app.inject(`/api/challenges/${n}`));
      const registry = json(await t.app.inject(`/api/instruments?challenge=${n}&pageSize=100`));
      const codes = (items: Array<{ code: string }>) => items.map((i) => i.code).sort();
      expect(codes(detail.instruments), `challenge ${n}`).toEqual(codes(registry.items));
      expect(detail.status).toMatch(/^(gap|weak|covered)$/);
      expect(detail.pillar).toBe(PILLAR_OF[n]);
      for (const c of detail.cases) expect(c.challenges).toContain(n);
    }
  });

  it('gives a pillar its challenges with coverage, its recommendations and its cases', async () => {
    const pillar = json(await t.app.inject('/api/pillars/2'));
    expect(pillar.challenges.map((c: { number: number }) => c.number)).toEqual([5, 6]);
    for (const c of pillar.challenges) expect(c.status).toMatch(/^(gap|weak|covered)$/);
    expect(pillar.recommendations.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['R3', 'R3.1']));
    expect(pillar.cases.length).toBeGreaterThan(0);
  });

  it('returns the recommendation tree with R1.3 under R1, and instruments that reference it', async () => {
    const tree = json(await t.app.inject('/api/recommendations'));
    expect(tree.map((r: { code: string }) => r.code)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    const r1 = tree.find((r: { code: string }) => r.code === 'R1');
    const r13 = r1.children.find((c: { code: string }) => c.code === 'R1.3');
    expect(r13).toBeDefined();
    expect(r13.parent).toBe('R1');
    expect(r13.instruments.length).toBeGreaterThan(0);
    const one = json(await t.app.inject('/api/recommendations/R1.3'));
    expect(one.code).toBe('R1.3');
    expect(one.instruments.map((i: { code: string }) => i.code).sort()).toEqual(r13.instruments.map((i: { code: string }) => i.code).sort());
    const registry = json(await t.app.inject('/api/instruments?pageSize=100'));
    const referencing = registry.items.filter((i: { recommendations: string[] }) => i.recommendations.includes('R1.3')).map((i: { code: string }) => i.code).sort();
    expect(one.instruments.map((i: { code: string }) => i.code).sort()).toEqual(referencing);
  });

  it('lists the six principles, the timeline and the seven spearheads', async () => {
    const principles = json(await t.app.inject('/api/principles'));
    expect(principles).toHaveLength(6);
    for (const p of principles) expect(p.challenges.length + p.recommendations.length).toBeGreaterThan(0);
    const timeline = json(await t.app.inject('/api/timeline'));
    expect(timeline.length).toBeGreaterThan(0);
    for (const e of timeline) expect(e.date).toMatch(/^20(17|18|19|20)(-\d{2}){0,2}$/);
    expect(json(await t.app.inject('/api/spearheads'))).toHaveLength(7);
  });

  it('answers an unknown number or code with 404 problem details, and a readable page', async () => {
    for (const url of ['/api/pillars/6', '/api/challenges/15', '/api/recommendations/R9.9', '/api/principles/7']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(json(res).code).toBe('NOT_FOUND');
    }
    const page = await t.app.inject('/challenges/15');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('refuses a malformed number or code with 400, never 500', async () => {
    for (const url of ['/api/challenges/abc', '/api/pillars/0', '/api/recommendations/x1', '/api/challenges?pillar=9', '/challenges/abc', '/pillars/1.5', '/recommendations/R1.']) {
      const res = await t.app.inject(url);
      expect(res.statusCode, url).toBe(400);
    }
    const res = await t.app.inject('/api/challenges/abc');
    expect(json(res).errors[0].field).toBe('params.number');
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = json(await t.app.inject('/api/v1/openapi.json'));
    for (const path of ['/api/v1/pillars', '/api/v1/pillars/{number}', '/api/v1/challenges', '/api/v1/challenges/{number}', '/api/v1/recommendations',
      '/api/v1/recommendations/{code}', '/api/v1/principles', '/api/v1/timeline', '/api/v1/spearheads']) {
      expect(doc.paths[path]?.get?.summary, path).toBeTruthy();
      expect(doc.paths[path].get.responses['200'], path).toBeDefined();
    }
  });

  it.each(PAGES)('renders %s in Dutch by default and in English with ?lang=en', async (path) => {
    const nl = await t.app.inject(path);
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('<html lang="nl">');
    expect(nl.body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(nl.body).not.toMatch(/ style=|<script>/);
    const en = await t.app.inject(`${path}${path.includes('?') ? '&' : '?'}lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    // A key that shows itself is a message missing from the files.
    expect(en.body).not.toMatch(/>(framework|pillars|challenges|recommendations|principles|timeline|spearheads)\.[a-zA-Z.]+</);
  });

  it('follows the registry: a new instrument shows on its challenge and recommendation at once', async () => {
    const team = await t.as('transition_team');
    const created = await t.app.inject({
      method: 'POST', url: '/api/instruments', headers: team,
      payload: {
        code: 'fw-monitoring-dashboard', name: { nl: 'Monitoringsdashboard', en: 'Monitoring dashboard' },
        description: { nl: 'Volgt acties op.', en: 'Follows up actions.' }, type: 'tool',
        links: [{ challenge: 14, strength: 'strong' }], recommendations: ['R1.3'],
      },
    });
    expect(created.statusCode).toBe(201);
    const challenge = json(await t.app.inject('/api/challenges/14'));
    expect(challenge.instruments.map((i: { code: string }) => i.code)).toContain('fw-monitoring-dashboard');
    const rec = json(await t.app.inject('/api/recommendations/R1.3'));
    expect(rec.instruments.map((i: { code: string }) => i.code)).toContain('fw-monitoring-dashboard');
    expect((await t.app.inject('/challenges/14')).body).toContain('href="/instruments/fw-monitoring-dashboard"');
  });

  it('links a challenge page to its instruments and cases', async () => {
    const body = (await t.app.inject('/challenges/7')).body;
    const detail = json(await t.app.inject('/api/challenges/7'));
    for (const i of detail.instruments) expect(body).toContain(`href="/instruments/${i.code}"`);
    for (const c of detail.cases) expect(body).toContain(`href="/cases/${c.code}"`);
  });
});

describe('framework messages and accessibility contact', () => {
  it('has the same message keys in Dutch and English', () => {
    const keys = (lang: string) => Object.keys(JSON.parse(readFileSync(new URL(`./messages/${lang}.json`, import.meta.url), 'utf8'))).sort();
    expect(keys('en')).toEqual(keys('nl'));
  });

  it('takes the feedback address from ACCESSIBILITY_CONTACT, and refuses what is not an address', () => {
    expect(accessibilityStatement({}).statement.contact).toBe(DEFAULT_ACCESSIBILITY_CONTACT);
    expect(accessibilityStatement({ ACCESSIBILITY_CONTACT: ' a11y@example.org ' }).statement.contact).toBe('a11y@example.org');
    const bad = accessibilityStatement({ ACCESSIBILITY_CONTACT: 'not an address' });
    expect(bad.statement.contact).toBe(DEFAULT_ACCESSIBILITY_CONTACT);
    expect(bad.warning).toContain('ACCESSIBILITY_CONTACT');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp, type TestApp } from '../helpers/app.js';
import { nulCharacterAt } from '../../src/plugins/errors.js';
import { expectedOutcomes } from './permission-matrix.js';
import { routeKey, writeRoutes } from './routes.js';

/** Bugs the fuzz test found, each pinned by the request that showed it. */
describe('a NUL character in the input (PostgreSQL text cannot hold one)', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await testApp({ demo: false });
    admin = await t.as('admin');
  });
  afterAll(async () => { await t?.close(); });

  it('in a path parameter is refused with 400 naming the parameter, not a 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calls/%00/ranking', headers: admin });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(json(res).errors).toEqual([expect.objectContaining({ field: 'params.code', code: 'nul' })]);
    const remove = await t.app.inject({ method: 'DELETE', url: '/api/v1/calls/%00/reviewers/1', headers: admin });
    expect(remove.statusCode).toBe(400);
  });

  it('in a JSON body is refused with 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/kpis', headers: { ...admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ code: 'x', name: { nl: 'a\u0000b', en: 'ab' } }),
    });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors).toEqual([expect.objectContaining({ field: 'body.name.nl' })]);
  });

  it('in a form field is refused with a readable page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/search?q=%00' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it('is found at any depth, in keys too, and nowhere else', () => {
    expect(nulCharacterAt({ a: [{ b: 'x\u0000' }] }, 'body')).toBe('body.a.0.b');
    expect(nulCharacterAt({ ['k\u0000']: 1 }, 'body')).toBe('body.k\u0000');
    expect(nulCharacterAt({ a: ['fine', 1, null, { b: true }] }, 'body')).toBeNull();
    expect(nulCharacterAt(Buffer.from([0, 1]), 'body')).toBeNull();
  });
});

describe('a report version beyond the database integer range', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('is refused with 400 naming the parameter, not a 500', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/reports/2025/v/99999999999999999999' });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors).toEqual([expect.objectContaining({ field: 'params.version', code: 'maximum' })]);
  });
});

describe('an API key for an organisation id beyond the database integer range', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('is refused with 400 naming the field, not a 500', async () => {
    const owner = await t.as('org_member');
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/api-keys', headers: { ...owner, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x', organisationId: 1e308, permissions: ['a.b'] }),
    });
    expect(res.statusCode).toBe(400);
    expect(json(res).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body.organisationId', code: 'maximum' })]));
  });
});

describe('an anonymous form post with a malformed path parameter', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  // The forms of the maturity model, organisations, assessments, improvement plans, the guide and
  // the governance bodies (bodies, meetings, decisions, publications) checked the path before the
  // login, answering 400 with the parameter's rules.
  const PAGES = /^\/(?:maturity|organisations|assessments|guide|bodies|meetings|decisions|publications)\//;

  it('leads to the login page (401), not to a validation message', async () => {
    const table = expectedOutcomes();
    const pages = writeRoutes(t.app).filter((r) => PAGES.test(r.path) && r.path.includes(':') && table[routeKey(r)]?.anonymous === 401);
    expect(pages.length).toBeGreaterThan(30);
    const answers: string[] = [];
    for (const route of pages) {
      const url = route.path.replace(/:\w+/g, 'x~');
      const res = await t.app.inject({ method: route.method as 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
      const toLogin = res.statusCode === 401 && String(res.headers['content-type']).startsWith('text/html') && res.body.includes('href="/login?return=');
      if (!toLogin) answers.push(`${routeKey(route)}: ${res.statusCode}`);
    }
    expect(answers).toEqual([]);
  });
});

// --- Every other form: login before the path and the body --------------------------------------
// The forms of the plans cycle, calls and applications, the review, knowledge, projects, KPIs,
// reports, API keys, instruments and the vision checked the path (and some the body) before the
// login, answering an anonymous visitor 400 with the parameter's rules.
describe('an anonymous form post to any page outside governance', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  /** The governance pages (bodies, meetings, decisions, publications) are pinned by the block above. */
  const GOVERNANCE = /^\/(?:bodies|meetings|decisions|publications)(?:\/|$)/;
  const toLoginPage = (res: { statusCode: number; headers: Record<string, unknown>; body: string }) =>
    res.statusCode === 401 && String(res.headers['content-type']).startsWith('text/html') && res.body.includes('href="/login?return=');

  it('leads to the login page (401) with a malformed path parameter or an empty body', async () => {
    const table = expectedOutcomes();
    // Form routes from Fastify's route table: every write outside /api/ that the permission matrix
    // closes to visitors (invitations, login and registration stay open and are left out by it).
    const forms = writeRoutes(t.app).filter((r) => !r.path.startsWith('/api/') && !GOVERNANCE.test(r.path) && table[routeKey(r)]?.anonymous === 401);
    expect(forms.length).toBeGreaterThan(120);
    expect(forms.filter((r) => r.path.includes(':')).length).toBeGreaterThan(100);
    const answers: string[] = [];
    for (const route of forms) {
      const url = route.path.replace(/:\w+/g, 'x~');
      const res = await t.app.inject({ method: route.method as 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' });
      if (!toLoginPage(res)) answers.push(`${routeKey(route)}: ${res.statusCode}`);
    }
    expect(answers).toEqual([]);
  });

  // Pages behind login that show a form or a record: the parameter is not checked for a visitor.
  it.each([
    '/action-lines/x~/plans/new', '/plans/x~/edit', '/plans/x~/adopt', '/plans/x~/rebaseline', '/plans/x~/actions/new',
    '/actions/x~/edit', '/actions/x~/milestones/new', '/milestones/x~/edit', '/conformity/x~/edit',
    '/forms/x~/edit', '/applications/x~/decision', '/applications/x~/decision.pdf', '/review/applications/x~', '/calls/c/review/x~',
    '/learning/x~/edit', '/projects/p/milestones/x~/edit', '/reports/x~', '/reports/x~/pdf', '/imports/x~',
    '/vision/v/rounds/x~/edit', '/maturity/models/x~/note', '/maturity/models/x~/questions/q/edit', '/maturity/models/x~/publish',
    '/organisations/x~', '/organisations/x~/edit', '/organisations/x~/members', '/organisations/x~/plan', '/organisations/x~/coaches',
    '/organisations/x~/plan/items/x~/edit', '/organisations/x~/assessments', '/assessments/x~', '/assessments/x~/dimensions/d',
    '/guide/questions/x~', '/assessments/x~/results', '/assessments/x~/results.csv', '/assessments/x~/results.pdf',
    '/organisations/x~/benchmark', '/organisations/x~/benchmark.csv',
  ])('GET %s leads a visitor to the login page', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(toLoginPage(res), `${res.statusCode}`).toBe(true);
  });

  it('still validates the parameter for a page everyone may read', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/plans/x~' })).statusCode).toBe(400);
  });
});

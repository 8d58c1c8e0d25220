import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/helpers/app.js';
import { bearer, createKey, makeOrganisation, member } from '../modules/apikeys/test-fixtures.js';
import { isOpenPath } from './cors.js';

const ORIGIN = 'https://partner.example';

describe('isOpenPath', () => {
  it('covers the JSON API and the linked open data, not the pages', () => {
    for (const url of ['/api', '/api/instruments', '/api?x=1', '/id/instrument/a', '/doc/actor/b', '/ns/transitieruimte', '/catalogue', '/catalogue.ttl', '/dumps/all.nt']) {
      expect(isOpenPath(url), url).toBe(true);
    }
    for (const url of ['/', '/instruments', '/api-keys', '/identity', '/docs', '/catalogues', '/login']) expect(isOpenPath(url), url).toBe(false);
  });
});

describe('CORS on the open API', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('lets any origin read, without credentials', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await t.app.inject({ method, url: '/api/instruments', headers: { origin: ORIGIN } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(String(res.headers['access-control-expose-headers'])).toMatch(/ETag/);
    }
    // Pages are not shared across origins.
    const page = await t.app.inject({ url: '/instruments', headers: { origin: ORIGIN } });
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a preflight for a write with an API key, and never allows credentials', async () => {
    const res = await t.app.inject({
      method: 'OPTIONS', url: '/api/organisations',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
    expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toContain('x-api-key');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.body).toBe('');
    // A plain OPTIONS (no preflight) is not answered as one.
    expect((await t.app.inject({ method: 'OPTIONS', url: '/api/organisations' })).headers['access-control-allow-methods']).toBeUndefined();
  });

  it('lets another origin read the answer to a write made with an API key', async () => {
    const org = await makeOrganisation(t);
    const owner = await member(t, org);
    const { secret } = await createKey(t, owner.headers, { name: 'Partner', organisationId: org, permissions: ['assessments.start'] });
    const res = await t.app.inject({
      method: 'POST', url: `/api/organisations/${org}/assessments`, headers: { origin: ORIGIN, ...bearer(secret) }, payload: { kind: 'quick' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('keeps session-cookie writes from other origins impossible', async () => {
    const headers = await t.as('org_member');
    // Another site can make the browser send the cookie, but not the CSRF token that goes with it.
    const forged = await t.app.inject({
      method: 'POST', url: '/api/organisations', headers: { origin: ORIGIN, cookie: headers.cookie! },
      payload: { name: 'Kaping', subsector: 'heritage', staffClass: '5-19', budgetClass: '250k-1m', province: 'antwerpen', municipality: 'Gent', legalForm: 'vzw', fundingFramework: 'erfgoeddecreet' },
    });
    expect(forged.statusCode).toBe(403);
    // And the answer to a session write is not readable from another origin.
    expect(forged.headers['access-control-allow-origin']).toBeUndefined();
    expect((await t.database.db.selectFrom('organisations').select('id').where('name', '=', 'Kaping').execute())).toEqual([]);
  });
});

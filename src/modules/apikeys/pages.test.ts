import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { bearer, makeOrganisation, member } from './test-fixtures.js';

/** Cookie and CSRF headers as a browser form post sends them. */
const formHeaders = (headers: Record<string, string>) => ({ cookie: headers.cookie!, 'content-type': 'application/x-www-form-urlencoded' });
const encode = (fields: Array<[string, string]>) => fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

describe('API key pages', () => {
  let t: TestApp;
  let org: number;
  let owner: Awaited<ReturnType<typeof member>>;

  beforeAll(async () => {
    t = await testApp({ demo: false });
    org = await makeOrganisation(t);
    owner = await member(t, org);
  });
  afterAll(async () => { await t?.close(); });

  const post = (url: string, fields: Array<[string, string]>) => t.app.inject({
    method: 'POST', url, headers: formHeaders(owner.headers), payload: encode([['_csrf', owner.headers['x-csrf-token']!], ...fields]),
  });
  const count = async () => Number((await t.database.db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('shows the list and the form in Dutch and English, every text translated, no inline script or style', async () => {
    for (const [lang, title] of [['nl', 'API-sleutels'], ['en', 'API keys']] as const) {
      const res = await t.app.inject({ url: `/api-keys?lang=${lang}`, headers: { cookie: owner.headers.cookie! } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<html lang="${lang}"`);
      expect(res.body).toContain(`<h1>${title}</h1>`);
      expect(res.body).not.toMatch(/>\s*apikeys\.[a-zA-Z.]+/);
      expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)|\sstyle=/);
      // Every form control has a label.
      for (const [, id] of res.body.matchAll(/<(?:input|select)[^>]*\bid="([^"]+)"/g)) expect(res.body).toContain(`for="${id}"`);
      expect(res.body).toContain('value="organisations.create"');
      expect(res.body).not.toContain('value="apikeys.manage"');
    }
  });

  it('creates a key from the form and shows its secret once, not cached', async () => {
    const res = await post('/api-keys', [['name', 'Website'], ['organisationId', String(org)], ['permissions', 'organisations.listMine'], ['permissions', 'organisations.create'], ['expiresOn', '2099-12-31']]);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const secret = /value="(tr_[A-Za-z0-9_-]+)"/.exec(res.body)?.[1];
    expect(secret).toBeDefined();
    const row = await t.database.db.selectFrom('api_keys').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Website', organisation_id: org, permissions: ['organisations.create', 'organisations.listMine'] });
    // The end of 31 December in Brussels (winter time, UTC+1).
    expect(row.expires_at?.toISOString()).toBe('2099-12-31T22:59:59.000Z');
    expect((await t.app.inject({ url: '/api/organisations', headers: bearer(secret!) })).statusCode).toBe(200);
    const list = await t.app.inject({ url: '/api-keys', headers: { cookie: owner.headers.cookie! } });
    expect(list.body).toContain('Website');
    expect(list.body).not.toContain(secret!.slice(11));
  });

  it('shows the form again with readable errors and saves nothing on bad input', async () => {
    const before = await count();
    const res = await post('/api-keys?lang=en', [['name', ''], ['organisationId', String(org)], ['expiresOn', '31/12/2099']]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('error-summary');
    expect(res.body).toContain('href="#f-name"');
    expect(res.body).toContain('href="#f-expiresOn"');
    expect(res.body).toContain('href="#f-permissions"');
    const other = await makeOrganisation(t);
    const refused = await post('/api-keys?lang=en', [['name', 'Ander'], ['organisationId', String(other)], ['permissions', 'organisations.listMine']]);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Only an owner of this organisation can manage its API keys.');
    expect(await count()).toBe(before);
  });

  it('revokes a key from its button', async () => {
    const { id } = await t.database.db.selectFrom('api_keys').select('id').where('revoked_at', 'is', null).where('organisation_id', '=', org)
      .orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const res = await post(`/api-keys/${id}/revoke`, []);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/api-keys?saved=revoked');
    const row = await t.database.db.selectFrom('api_keys').select(['revoked_at', 'revoked_by']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.revoked_at).not.toBeNull();
    expect(row.revoked_by).toBe(owner.id);
    const again = await post(`/api-keys/${id}/revoke?lang=en`, []);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('This key had already been revoked.');
  });

  it('asks a visitor to log in, and refuses a form post without its CSRF token', async () => {
    expect((await t.app.inject('/api-keys')).statusCode).toBe(401);
    const forged = await t.app.inject({ method: 'POST', url: '/api-keys', headers: formHeaders(owner.headers), payload: encode([['name', 'x']]) });
    expect(forged.statusCode).toBe(403);
  });
});

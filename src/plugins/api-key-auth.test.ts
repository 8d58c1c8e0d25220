import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp, type TestApp } from '../../test/helpers/app.js';
import { bearer, createKey, makeOrganisation, member } from '../modules/apikeys/test-fixtures.js';
import { hashApiKey, newApiKeySecret, presentedKey, apiKeyAuthPlugin } from './api-key-auth.js';
import { authPlugin } from './auth.js';
import { csrfPlugin } from './csrf.js';
import { errorsPlugin } from './errors.js';
import { registerPermissions } from './permissions.js';

describe('API key secrets', () => {
  it('are long random tokens with a recognisable start, stored as their SHA-256', () => {
    const a = newApiKeySecret();
    const b = newApiKeySecret();
    expect(a.secret).toMatch(/^tr_[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toBe(b.secret);
    expect(a.prefix).toBe(a.secret.slice(0, 11));
    expect(a.hash).toBe(hashApiKey(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('are read from Authorization: Bearer or X-API-Key only', () => {
    const request = (headers: Record<string, string>) => ({ headers }) as unknown as Parameters<typeof presentedKey>[0];
    expect(presentedKey(request({ authorization: 'Bearer tr_abc' }))).toBe('tr_abc');
    expect(presentedKey(request({ authorization: 'bearer   tr_abc ' }))).toBe('tr_abc');
    expect(presentedKey(request({ 'x-api-key': 'tr_xyz' }))).toBe('tr_xyz');
    expect(presentedKey(request({ authorization: 'Basic dXNlcjpwYXNz' }))).toBeUndefined();
    expect(presentedKey(request({}))).toBeUndefined();
  });
});

// Actions of a stand-in module, so the plugin is tested apart from any real module's routes.
registerPermissions({
  'keyprobe.write': ['org_member', 'transition_team', 'admin'],
  'keyprobe.other': ['org_member', 'transition_team', 'admin'],
  'keyprobe.read': ['public', 'org_member', 'transition_team', 'admin'],
});

describe('requests with an API key', () => {
  let t: TestApp;
  let probe: FastifyInstance;
  let orgA: number;
  let secret: string;
  let ownerId: number;

  beforeAll(async () => {
    t = await testApp({ demo: false });
    orgA = await makeOrganisation(t);
    const owner = await member(t, orgA);
    ownerId = owner.id;
    ({ secret } = await createKey(t, owner.headers, { name: 'Probe', organisationId: orgA, permissions: ['keyprobe.write'] }));
    probe = Fastify();
    await probe.register(cookie);
    await probe.register(errorsPlugin, { renderHtml: (_request, reply, problem) => reply.code(problem.status).send(problem.code) });
    await probe.register(apiKeyAuthPlugin, { db: t.database.db });
    await probe.register(authPlugin, { db: t.database.db, secureCookies: false });
    await probe.register(csrfPlugin, { secret: 'probe-secret', secureCookies: false });
    probe.post('/api/probe', async (request) => {
      const user = request.authorize((request.body as { action: string }).action);
      return { user: user?.id ?? null, key: request.apiKey?.id ?? null, organisation: user?.apiKey?.organisationId ?? null };
    });
    probe.get('/api/probe', async (request) => ({ user: request.authorize('keyprobe.read')?.id ?? null }));
    await probe.ready();
  });
  afterAll(async () => { await probe?.close(); await t?.close(); });

  const call = (body: Record<string, unknown>, headers: Record<string, string> = bearer(secret)) =>
    probe.inject({ method: 'POST', url: '/api/probe', headers: { ...headers, cookie: 'tr_csrf=abcdefghijklmnopqrstuv; tr_session=stale' }, payload: body });

  it('act as the owner for a permission the key holds, needing no CSRF token', async () => {
    const res = await call({ action: 'keyprobe.write' });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toEqual({ user: ownerId, key: expect.any(Number), organisation: orgA });
    // Without the key the same cookies are a browser request, and the CSRF check applies.
    expect((await call({ action: 'keyprobe.write' }, {})).statusCode).toBe(403);
  });

  it('are refused a permission the owner has but the key was not given', async () => {
    const res = await call({ action: 'keyprobe.other' });
    expect(res.statusCode).toBe(403);
    expect(json(res).code).toBe('FORBIDDEN');
  });

  it('may do what anyone may do', async () => {
    const res = await probe.inject({ url: '/api/probe', headers: bearer(secret) });
    expect(json(res)).toEqual({ user: ownerId });
  });

  it('stay within the key\'s organisation when the body names another one', async () => {
    expect((await call({ action: 'keyprobe.write', organisationId: orgA })).statusCode).toBe(200);
    const res = await call({ action: 'keyprobe.write', organisationId: orgA + 1000 });
    expect(res.statusCode).toBe(403);
    expect(json(res).code).toBe('APIKEY_OUT_OF_SCOPE');
  });

  it('stop when the owner\'s account is disabled', async () => {
    const owner = await member(t, orgA);
    const { secret: other } = await createKey(t, owner.headers, { name: 'Uit', organisationId: orgA, permissions: ['keyprobe.write'] });
    await t.database.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', owner.id).execute();
    const res = await call({ action: 'keyprobe.write' }, bearer(other));
    expect(res.statusCode).toBe(401);
    expect(json(res).code).toBe('APIKEY_INVALID');
  });
});

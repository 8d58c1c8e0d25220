import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { createSession } from '../../plugins/auth.js';
import { bearer, createKey, makeOrganisation, member } from './test-fixtures.js';

const profile = (name: string) => ({
  name, subsector: 'heritage', staffClass: '5-19', budgetClass: '250k-1m', province: 'antwerpen',
  municipality: 'Gent', legalForm: 'vzw', fundingFramework: 'erfgoeddecreet',
});

describe.each(engines)('API keys through the JSON API (%s)', (engine) => {
  let t: TestApp;
  let orgA: number;
  let orgB: number;
  let ownerA: Awaited<ReturnType<typeof member>>;
  let ownerB: Awaited<ReturnType<typeof member>>;

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    orgA = await makeOrganisation(t);
    orgB = await makeOrganisation(t);
    ownerA = await member(t, orgA);
    ownerB = await member(t, orgB);
  });
  afterAll(async () => { await t?.close(); });

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('creates a key whose secret is shown once and stored only as a SHA-256 hash, and audits it', async () => {
    const res = await send('POST', '/api/api-keys', ownerA.headers, { name: 'Collectie-app', organisationId: orgA, permissions: ['organisations.create'] });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { key, secret } = json(res);
    expect(secret).toMatch(/^tr_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({ name: 'Collectie-app', prefix: secret.slice(0, 11), organisation: { id: orgA }, permissions: ['organisations.create'], status: 'active', lastUsedAt: null });
    expect(res.headers.location).toBe(`/api/api-keys/${key.id}`);
    const row = await t.database.db.selectFrom('api_keys').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow();
    expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);
    const entry = await t.database.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'api_key').where('entity_id', '=', String(key.id)).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'create', user_id: ownerA.id });
    expect(JSON.stringify(entry.after)).not.toContain(secret.slice(11));
    // Never shown again: neither in the list nor in the key's own record.
    expect((await send('GET', `/api/api-keys/${key.id}`, ownerA.headers)).body).not.toContain(secret.slice(11));
  });

  it('acts as the owner, within the key\'s permissions, without a CSRF token even when cookies come along', async () => {
    const { secret } = await createKey(t, ownerA.headers, { name: 'Schrijver', organisationId: orgA, permissions: ['assessments.start'] });
    const startedBy = async (res: { headers: Record<string, unknown> }) => {
      const id = Number(String(res.headers.location).split('/').pop());
      return (await t.database.db.selectFrom('assessments').select('started_by').where('id', '=', id).executeTakeFirstOrThrow()).started_by;
    };
    // A stale browser cookie (no CSRF token) does not turn a key request into a session request.
    const created = await send('POST', `/api/organisations/${orgA}/assessments`, { ...bearer(secret), cookie: 'tr_csrf=stalestalestalestale' }, { kind: 'quick' });
    expect(created.statusCode).toBe(201);
    expect(await startedBy(created)).toBe(ownerA.id);

    // Nor does an expired session that the client still sends along.
    const stale = await createSession(t.database.db, ownerB.id, 1);
    await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id_hash', '=', createHash('sha256').update(stale.token).digest('base64url')).execute();
    const withStale = await send('POST', `/api/organisations/${orgA}/assessments`, { ...bearer(secret), cookie: `tr_session=${stale.token}` }, { kind: 'full' });
    expect(withStale.statusCode).toBe(201);
    // The session was not even looked at: the key's owner acted.
    expect(await startedBy(withStale)).toBe(ownerA.id);

    const reader = await createKey(t, ownerA.headers, { name: 'Lezer', organisationId: orgA, permissions: ['organisations.listMine'] });
    const refused = await send('POST', `/api/organisations/${orgA}/assessments`, { 'x-api-key': reader.secret }, { kind: 'quick' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(json(refused).code).toBe('FORBIDDEN');
    // A key of one organisation does not found others: that is outside its scope, whatever its permissions.
    const founder = await createKey(t, ownerA.headers, { name: 'Stichter', organisationId: orgA, permissions: ['organisations.create'] });
    const founded = await send('POST', '/api/organisations', bearer(founder.secret), profile(`Via sleutel ${Date.now()}`));
    expect(founded.statusCode).toBe(403);
    expect(json(founded).code).toBe('APIKEY_OUT_OF_SCOPE');
    // What anyone may read, a key may read too.
    expect((await send('GET', '/api/instruments', { 'x-api-key': reader.secret })).statusCode).toBe(200);
    // Key management itself is never open to a key.
    expect((await send('GET', '/api/api-keys', bearer(reader.secret))).statusCode).toBe(403);
  });

  it('refuses an unknown, malformed, revoked or expired key with 401 problem details, never as anonymous', async () => {
    for (const headers of [bearer('tr_thisisnotakeythisisnotakeythisisnotakey12345'), bearer('abc'), { 'x-api-key': 'tr_' }]) {
      const res = await send('GET', '/api/instruments', headers);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['www-authenticate']).toContain('invalid_token');
      expect(json(res).code).toBe('APIKEY_INVALID');
    }
    const { key, secret } = await createKey(t, ownerA.headers, { name: 'In te trekken', organisationId: orgA, permissions: ['organisations.listMine'] });
    expect((await send('GET', '/api/organisations', bearer(secret))).statusCode).toBe(200);
    const revoked = await send('POST', `/api/api-keys/${key.id}/revoke`, ownerA.headers);
    expect(revoked.statusCode).toBe(200);
    expect(json(revoked)).toMatchObject({ status: 'revoked' });
    // Immediately: the key was used (and remembered) a moment ago.
    const after = await send('GET', '/api/organisations', bearer(secret));
    expect(after.statusCode).toBe(401);
    expect(json(after).detail).toMatch(/revoked/);
    expect((await send('POST', `/api/api-keys/${key.id}/revoke`, ownerA.headers)).statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'user_id']).where('entity_type', '=', 'api_key')
      .where('entity_id', '=', String(key.id)).orderBy('id').execute();
    expect(audit).toEqual([{ action: 'create', user_id: ownerA.id }, { action: 'retire', user_id: ownerA.id }]);

    const expiring = await createKey(t, ownerA.headers, { name: 'Vervalt', organisationId: orgA, permissions: ['organisations.listMine'], expiresAt: '2099-01-01T00:00:00Z' });
    await t.database.db.updateTable('api_keys').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', expiring.key.id).execute();
    const expired = await send('GET', '/api/organisations', bearer(expiring.secret));
    expect(expired.statusCode).toBe(401);
    expect(json(expired).detail).toMatch(/expired/);
    // A page answers the same refusal as a readable page.
    const page = await send('GET', '/instruments', bearer(expiring.secret));
    expect(page.statusCode).toBe(401);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('stops a key when its creator is no longer an owner of the organisation', async () => {
    const owner = await member(t, orgB);
    const { secret } = await createKey(t, owner.headers, { name: 'Ex-eigenaar', organisationId: orgB, permissions: ['organisations.listMine'] });
    await t.database.db.updateTable('organisation_members').set({ role: 'member' }).where('user_id', '=', owner.id).execute();
    expect((await send('GET', '/api/organisations', bearer(secret))).statusCode).toBe(401);
  });

  it('keeps an organisation key within its organisation', async () => {
    const { secret } = await createKey(t, ownerA.headers, { name: 'Binnen A', organisationId: orgA, permissions: ['organisations.listMine'] });
    // The owner of A is also an owner of B, yet the key of A does not reach B.
    await t.database.db.insertInto('organisation_members').values({ organisation_id: orgB, user_id: ownerA.id, role: 'owner' }).execute();
    expect((await send('GET', `/api/organisations/${orgA}`, bearer(secret))).statusCode).toBe(200);
    const outside = await send('GET', `/api/organisations/${orgB}`, bearer(secret));
    expect(outside.statusCode).toBe(403);
    expect(json(outside).code).toBe('APIKEY_OUT_OF_SCOPE');
    expect((await send('GET', `/api/v1/organisations/${orgB}`, bearer(secret))).statusCode).toBe(403);
    const edit = await send('PUT', `/api/organisations/${orgB}`, bearer(secret), { version: 1, ...profile('Overname') });
    expect(edit.statusCode).toBe(403);
    expect(json(edit).code).toBe('APIKEY_OUT_OF_SCOPE');
    await t.database.db.deleteFrom('organisation_members').where('organisation_id', '=', orgB).where('user_id', '=', ownerA.id).execute();
  });

  it('never lets a key change who has access to an organisation', async () => {
    const options = json(await send('GET', '/api/api-keys/options', ownerA.headers));
    const { secret } = await createKey(t, ownerA.headers, { name: 'Alles', organisationId: orgA, permissions: options.permissions });
    const version = json(await send('GET', `/api/organisations/${orgA}`, ownerA.headers)).version;
    const attempts: Array<['PUT' | 'POST', string, unknown]> = [
      ['PUT', `/api/organisations/${orgA}`, { version, ...profile('Overgenomen') }],
      ['POST', `/api/organisations/${orgA}/members`, { email: 'indringer@example.org', role: 'owner' }],
      ['POST', `/api/v1/organisations/${orgA}/coaches`, { email: 'coach@example.org' }],
    ];
    for (const [method, url, body] of attempts) {
      const res = await send(method, url, bearer(secret), body);
      expect(res.statusCode, url).toBe(403);
      expect(json(res).code, url).toBe('APIKEY_NOT_ALLOWED');
    }
    expect(json(await send('GET', `/api/organisations/${orgA}`, ownerA.headers)).name).not.toBe('Overgenomen');
    // Reading stays possible.
    expect((await send('GET', `/api/organisations/${orgA}/members`, bearer(secret))).statusCode).toBe(200);
  });

  it('records when a key was last used', async () => {
    const { key, secret } = await createKey(t, ownerA.headers, { name: 'Gebruikt', organisationId: orgA, permissions: ['organisations.listMine'] });
    await send('GET', '/api/instruments', bearer(secret));
    const listed = json(await send('GET', `/api/api-keys/${key.id}`, ownerA.headers));
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('refuses bad input with 400 naming the field, and keys beyond the account\'s rights', async () => {
    const before = await t.database.db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ organisationId: orgA, permissions: ['organisations.listMine'] }, 400, 'body.name'],
      [{ name: '   ', organisationId: orgA, permissions: ['organisations.listMine'] }, 400, 'body.name'],
      [{ name: 'x', organisationId: orgA, permissions: [] }, 400, 'body.permissions'],
      [{ name: 'x', organisationId: orgA, permissions: ['organisations.listMine'], extra: 1 }, 400, 'body.extra'],
      [{ name: 'x', organisationId: orgA, permissions: ['organisations.listMine'], expiresAt: 'tomorrow' }, 400, 'body.expiresAt'],
      [{ name: 'x', organisationId: orgA, permissions: ['organisations.listMine'], expiresAt: '2001-01-01T00:00:00Z' }, 400, 'body.expiresAt'],
      [{ name: 'x', organisationId: orgA, permissions: ['accounts.manage'] }, 400, 'body.permissions.0'],
      [{ name: 'x', organisationId: orgA, permissions: ['organisations.listMine', 'apikeys.manage'] }, 400, 'body.permissions.1'],
      [{ name: 'x', organisationId: orgA, permissions: ['instruments.create'] }, 400, 'body.permissions.0'],
      [{ name: 'x', organisationId: orgA, permissions: ['no.suchAction'] }, 400, 'body.permissions.0'],
    ];
    for (const [body, status, field] of cases) {
      const res = await send('POST', '/api/api-keys', ownerA.headers, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(json(res).errors.map((e: { field: string }) => e.field), JSON.stringify(body)).toContain(field);
    }
    const notOwner = await send('POST', '/api/api-keys', ownerB.headers, { name: 'x', organisationId: orgA, permissions: ['organisations.listMine'] });
    expect(notOwner.statusCode).toBe(403);
    expect(json(notOwner).code).toBe('APIKEY_NOT_OWNER');
    const platform = await send('POST', '/api/api-keys', ownerA.headers, { name: 'x', organisationId: null, permissions: ['organisations.listMine'] });
    expect(json(platform).code).toBe('APIKEY_PLATFORM_REFUSED');
    expect((await send('POST', '/api/api-keys', {}, { name: 'x', organisationId: orgA, permissions: ['organisations.listMine'] })).statusCode).toBe(401);
    const after = await t.database.db.selectFrom('api_keys').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lets the transition team create platform-wide keys and see and revoke every key', async () => {
    const team = await member(t, null, 'owner', 'transition_team');
    const options = json(await send('GET', '/api/api-keys/options', team.headers));
    expect(options.platformWide).toBe(true);
    expect(options.permissions).toContain('instruments.create');
    expect(options.permissions.some((p: string) => /^(apikeys|accounts)\./.test(p))).toBe(false);
    const platform = await createKey(t, team.headers, { name: 'Platform', organisationId: null, permissions: ['instruments.create'] });
    const all = json(await send('GET', '/api/api-keys', team.headers));
    expect(all.items.map((k: { id: number }) => k.id)).toContain(platform.key.id);
    expect(all.items.some((k: { organisation: { id: number } | null }) => k.organisation?.id === orgA)).toBe(true);
    // An owner sees the keys of the organisations it owns only.
    const mine = json(await send('GET', '/api/api-keys', ownerB.headers));
    expect(mine.items.every((k: { organisation: { id: number } | null }) => k.organisation?.id === orgB)).toBe(true);
    expect((await send('GET', `/api/api-keys/${platform.key.id}`, ownerB.headers)).statusCode).toBe(404);
    expect((await send('POST', `/api/api-keys/${platform.key.id}/revoke`, ownerB.headers)).statusCode).toBe(403);
    const ofA = all.items.find((k: { organisation: { id: number } | null; status: string }) => k.organisation?.id === orgA && k.status === 'active');
    expect((await send('POST', `/api/api-keys/${ofA.id}/revoke`, team.headers)).statusCode).toBe(200);
    // The team cannot create a key acting for an organisation it does not own.
    const foreign = await send('POST', '/api/api-keys', team.headers, { name: 'x', organisationId: orgA, permissions: ['instruments.create'] });
    expect(foreign.statusCode).toBe(403);
  });

  it('shows an account without an organisation what it may do', async () => {
    const loner = await member(t, null);
    const options = json(await send('GET', '/api/api-keys/options', loner.headers));
    expect(options).toMatchObject({ organisations: [], platformWide: false });
    expect(options.permissions).toContain('organisations.create');
    expect(options.permissions).not.toContain('instruments.create');
  });
});

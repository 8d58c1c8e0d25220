import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../test/helpers/app.js';
import { followToCallback, startTestProvider, type TestProvider } from './test-provider.js';

const BASE = 'https://transitieruimte.test';
const CALLBACK = `${BASE}/login/oidc/callback`;

const cookieFrom = (res: { headers: Record<string, unknown> }, name: string): string | undefined => {
  const raw = res.headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const line = lines.find((l: string) => l.startsWith(`${name}=`));
  const value = line?.split(';')[0]!.slice(name.length + 1);
  return value || undefined;
};

for (const engine of engines) {
  describe(`OpenID Connect login against a real provider on ${engine}`, () => {
    let provider: TestProvider;
    let t: TestApp;

    beforeAll(async () => {
      provider = await startTestProvider(CALLBACK);
      t = await testApp({
        engine, seed: false,
        config: { publicBase: BASE, oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, label: 'Testdienst' } },
      });
    });
    afterAll(async () => { await t?.close(); await provider?.close(); });
    beforeEach(() => { provider.decision = { accountId: 'alice' }; });

    /** Starts a login as a browser without a session would, and walks through the provider. */
    async function startAndFollow(returnTo = '/privacy') {
      const start = await t.app.inject({ method: 'POST', url: '/login/oidc', payload: { return: returnTo } });
      expect(start.statusCode).toBe(303);
      const key = cookieFrom(start, 'tr_oidc');
      expect(key).toBeTruthy();
      const authorize = new URL(start.headers.location as string);
      expect(authorize.origin).toBe(provider.issuer);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('state')).toBeTruthy();
      expect(authorize.searchParams.get('nonce')).toBeTruthy();
      const back = new URL(await followToCallback(authorize.href, CALLBACK));
      return { key: key!, back };
    }

    const callback = (back: URL, key?: string) => t.app.inject({
      method: 'GET', url: back.pathname + back.search, headers: key ? { cookie: `tr_oidc=${key}` } : {},
    });

    const me = (session: string) => t.app.inject({ url: '/api/me', headers: { cookie: `tr_session=${session}` } });

    it('shows the provider button on the login page', async () => {
      const res = await t.app.inject({ url: '/login' });
      expect(res.body).toContain('action="/login/oidc"');
      expect(res.body).toContain('Testdienst');
    });

    it('logs a new person in through the whole flow and creates an org_member account', async () => {
      provider.accounts.alice = { email: 'alice@example.org', email_verified: true, given_name: 'Alice', family_name: 'Peeters' };
      const { key, back } = await startAndFollow('/privacy');
      expect(back.searchParams.get('code')).toBeTruthy();
      const res = await callback(back, key);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/privacy');
      const session = cookieFrom(res, 'tr_session');
      expect(session).toBeTruthy();
      const body = (await me(session!)).json();
      expect(body.authenticated).toBe(true);
      expect(body.user).toMatchObject({ email: 'alice@example.org', displayName: 'Alice Peeters', role: 'org_member' });
      const identity = await t.database.db.selectFrom('user_identities').selectAll().where('subject', '=', 'alice').executeTakeFirstOrThrow();
      expect(identity.issuer).toBe(provider.issuer);
      expect(identity.user_id).toBe(body.user.id);

      // The same identity later: the same account, no second one.
      const again = await callback(...Object.values(await startAndFollow('/')).reverse() as [URL, string]);
      expect(again.statusCode).toBe(303);
      expect((await me(cookieFrom(again, 'tr_session')!)).json().user.id).toBe(body.user.id);
      const count = await t.database.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', 'alice@example.org').executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1);
    });

    it('links to an existing account by verified e-mail only once the transition team allows it', async () => {
      const existing = await t.database.db.insertInto('users').values({
        email: 'bert@example.org', display_name: 'Bert', password_hash: 'x', role: 'transition_team', created_at: new Date(), updated_at: new Date(),
      }).returning('id').executeTakeFirstOrThrow();
      provider.accounts.bert = { email: 'bert@example.org', email_verified: true, name: 'Bert B' };
      provider.decision = { accountId: 'bert' };

      const refused = await startAndFollow('/');
      const res = await callback(refused.back, refused.key);
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain('Er bestaat al een account met dit e-mailadres');
      expect(cookieFrom(res, 'tr_session')).toBeUndefined();

      const team = await t.as('transition_team');
      const saved = await t.app.inject({ method: 'POST', url: '/admin/login-settings', headers: team, payload: { linkByEmail: 'true', _csrf: team['x-csrf-token'] } });
      expect(saved.statusCode).toBe(303);

      const linked = await startAndFollow('/');
      const ok = await callback(linked.back, linked.key);
      expect(ok.statusCode).toBe(303);
      expect((await me(cookieFrom(ok, 'tr_session')!)).json().user).toMatchObject({ id: existing.id, role: 'transition_team' });
    });

    it('refuses an answer with a foreign state: 400, readable, no session', async () => {
      provider.accounts.alice = { email: 'alice@example.org', email_verified: true, name: 'Alice' };
      const { key, back } = await startAndFollow();
      back.searchParams.set('state', 'not-the-state-of-this-login');
      const res = await callback(back, key);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('hoort niet bij deze aanmelding');
      expect(cookieFrom(res, 'tr_session')).toBeUndefined();
    });

    it('refuses an answer without the verifier of its login (no pending login in this browser): 400, no session', async () => {
      const { back } = await startAndFollow();
      const res = await callback(back);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('Deze aanmelding is hier niet gestart');
      expect(cookieFrom(res, 'tr_session')).toBeUndefined();
    });

    it('uses a pending login once: the same answer replayed is refused', async () => {
      const { key, back } = await startAndFollow();
      expect((await callback(back, key)).statusCode).toBe(303);
      const replay = await callback(back, key);
      expect(replay.statusCode).toBe(400);
      expect(cookieFrom(replay, 'tr_session')).toBeUndefined();
    });

    it('says readably that the provider cannot be reached, and sends nobody anywhere', async () => {
      const configured = t.app.config.oidc!;
      t.app.config.oidc = { ...configured, issuer: 'http://127.0.0.1:9/unreachable' };
      try {
        const res = await t.app.inject({ method: 'POST', url: '/login/oidc?lang=en', payload: { return: '/' } });
        expect(res.statusCode).toBe(502);
        expect(res.headers.location).toBeUndefined();
        expect(res.body).toContain('The identity service cannot be reached right now');
        expect(cookieFrom(res, 'tr_oidc')).toBeUndefined();
      } finally {
        t.app.config.oidc = configured;
      }
    });

    it('shows the provider\'s refusal as a readable 400, in English too, without a session', async () => {
      provider.decision = { refuse: true };
      const { key, back } = await startAndFollow('/refused');
      expect(back.searchParams.get('error')).toBe('access_denied');
      const res = await t.app.inject({ url: back.pathname + back.search + '&lang=en', headers: { cookie: `tr_oidc=${key}` } });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('The identity service refused or cancelled the login');
      expect(cookieFrom(res, 'tr_session')).toBeUndefined();
      // The pending login is gone too: the same key cannot be used for a second try.
      expect(await t.database.db.selectFrom('oidc_logins').selectAll().where('return_to', '=', '/refused').execute()).toEqual([]);
    });
  });
}

describe('OpenID Connect switched off', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ seed: false }); });
  afterAll(async () => { await t.close(); });

  it('shows no provider button and answers 404 on its addresses', async () => {
    expect((await t.app.inject({ url: '/login' })).body).not.toContain('/login/oidc');
    expect((await t.app.inject({ method: 'POST', url: '/login/oidc' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/login/oidc/callback?code=x&state=y' })).statusCode).toBe(404);
  });
});

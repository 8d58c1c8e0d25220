import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { createSession, DEFAULT_IDLE_MINUTES, forgetSessions } from '../../plugins/auth.js';
import { cookieFrom, formLogin, PASSWORD, userWithPassword } from './test-fixtures.js';

for (const engine of engines) {
  describe(`sessions on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await testApp({ engine, seed: false }); });
    afterAll(async () => { await t.close(); });
    afterEach(() => { vi.useRealTimers(); });

    /** Only the clock moves: the session's expiry and idle time are read from Date. */
    const travel = (ms: number) => {
      const now = Date.now();
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(now + ms);
    };
    /** A session that lasts one minute, already used once, so this process remembers it. */
    async function shortSession() {
      const { id } = await userWithPassword(t);
      const { token } = await createSession(t.database.db, id, 1 / 60);
      const cookie = `tr_session=${token}`;
      expect((await me(cookie)).json().authenticated).toBe(true);
      return cookie;
    }

    const sessionToken = (headers: Record<string, string>) => /tr_session=([^;]+)/.exec(headers.cookie!)![1]!;
    const me = (cookie: string) => t.app.inject({ url: '/api/me', headers: { cookie } });
    const userOf = async (headers: Record<string, string>) => (await me(headers.cookie!)).json().user.id as number;

    it('stops recognising a session on the request right after logging out, though it was remembered', async () => {
      const headers = await t.as('transition_team');
      expect((await me(headers.cookie!)).json().authenticated).toBe(true);
      expect((await me(headers.cookie!)).json().authenticated).toBe(true);
      const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers });
      expect(out.statusCode).toBe(204);
      expect((await me(headers.cookie!)).json().authenticated).toBe(false);
    });

    it('logs out through the page form too, and the session row is gone', async () => {
      const headers = await t.as('org_member');
      const id = await userOf(headers);
      const out = await t.app.inject({ method: 'POST', url: '/logout', headers, payload: { _csrf: headers['x-csrf-token'] } });
      expect(out.statusCode).toBe(303);
      expect((await me(headers.cookie!)).json().authenticated).toBe(false);
      expect(await t.database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', id).execute()).toEqual([]);
    });

    it('refuses a session past its absolute lifetime, though it is remembered: the API with 401 SESSION_EXPIRED', async () => {
      const cookie = await shortSession();
      travel(61_000);
      const res = await me(cookie);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('SESSION_EXPIRED');
      expect(String(res.headers['set-cookie'])).toMatch(/tr_session=;/);
      // Refused once; afterwards the token is simply unknown.
      expect((await me(cookie)).json().authenticated).toBe(false);
    });

    it('sends a page reader with an expired session to the login page, which says why', async () => {
      const cookie = await shortSession();
      travel(61_000);
      const res = await t.app.inject({ url: '/privacy?lang=en', headers: { cookie } });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`/login?expired=1&return=${encodeURIComponent('/privacy?lang=en')}`);
      const login = await t.app.inject({ url: res.headers.location as string });
      expect(login.body).toContain('Je sessie is verlopen');
    });

    it(`ends a session after ${DEFAULT_IDLE_MINUTES} minutes without a request, though it lives longer`, async () => {
      const headers = await t.as('org_member');
      const id = await userOf(headers);
      const hash = (await t.database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', id).executeTakeFirstOrThrow()).id_hash;
      await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() + 24 * 3600_000) }).where('id_hash', '=', hash).execute();
      forgetSessions();
      expect((await me(headers.cookie!)).json().authenticated).toBe(true);
      travel((DEFAULT_IDLE_MINUTES + 1) * 60_000);
      const res = await me(headers.cookie!);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('SESSION_EXPIRED');
      expect(await t.database.db.selectFrom('sessions').select('id_hash').where('id_hash', '=', hash).execute()).toEqual([]);
    });

    it('keeps a session alive while it is used within the idle time', async () => {
      const headers = await t.as('org_member');
      const id = await userOf(headers);
      await t.database.db.updateTable('sessions').set({ expires_at: new Date(Date.now() + 24 * 3600_000) }).where('user_id', '=', id).execute();
      forgetSessions();
      expect((await me(headers.cookie!)).json().authenticated).toBe(true);
      travel((DEFAULT_IDLE_MINUTES - 5) * 60_000);
      expect((await me(headers.cookie!)).json().authenticated).toBe(true);
      vi.useRealTimers();
      travel((DEFAULT_IDLE_MINUTES - 5) * 60_000 * 2);
      expect((await me(headers.cookie!)).json().authenticated).toBe(true);
    });

    it('logs in with the form, which goes back to the page asked for, and the session works', async () => {
      const { email } = await userWithPassword(t);
      const res = await formLogin(t, email, PASSWORD);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/privacy');
      const token = cookieFrom(res, 'tr_session')!;
      expect((await me(`tr_session=${token}`)).json().user.email).toBe(email);
      expect(sessionToken({ cookie: `tr_session=${token}` })).toBe(token);
    });
  });
}

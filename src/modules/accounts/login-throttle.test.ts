import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { THROTTLE, waitSeconds } from './login-throttle.js';
import { cookieFrom, formLogin, PASSWORD, userWithPassword } from './test-fixtures.js';

describe('login backoff', () => {
  it('lets the first failures pass, then doubles the wait up to the ceiling', () => {
    expect(waitSeconds(1, 5)).toBe(0);
    expect(waitSeconds(4, 5)).toBe(0);
    expect(waitSeconds(5, 5)).toBe(THROTTLE.firstWaitSeconds);
    expect(waitSeconds(6, 5)).toBe(THROTTLE.firstWaitSeconds * 2);
    expect(waitSeconds(7, 5)).toBe(THROTTLE.firstWaitSeconds * 4);
    expect(waitSeconds(40, 5)).toBe(THROTTLE.maxWaitSeconds);
  });
});

for (const engine of engines) {
  describe(`login rate limiting on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await testApp({ engine, seed: false }); });
    afterAll(async () => { await t.close(); });

    const fail = (email: string, address = '203.0.113.7') => formLogin(t, email, 'wrong password!', { 'x-forwarded-for': address });

    it('answers 429 with Retry-After and a readable page after five failures for one account, even with the right password', async () => {
      const { email } = await userWithPassword(t);
      for (let i = 1; i <= 4; i++) expect((await fail(email)).statusCode).toBe(401);
      const fifth = await fail(email);
      expect(fifth.statusCode).toBe(429);
      expect(Number(fifth.headers['retry-after'])).toBe(THROTTLE.firstWaitSeconds);
      expect(fifth.body).toContain('Te veel mislukte aanmeldpogingen');
      const right = await formLogin(t, email, PASSWORD, { 'x-forwarded-for': '198.51.100.1' });
      expect(right.statusCode).toBe(429);
      expect(cookieFrom(right, 'tr_session')).toBeUndefined();
    });

    it('waits longer after each further failure, and a success resets the count', async () => {
      const { email } = await userWithPassword(t);
      for (let i = 1; i <= 5; i++) await fail(email);
      // Let the wait pass, as if time went by: the counter stays.
      await t.database.db.updateTable('login_throttles').set({ blocked_until: new Date(Date.now() - 1000) }).execute();
      const sixth = await fail(email);
      expect(sixth.statusCode).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBe(THROTTLE.firstWaitSeconds * 2);

      await t.database.db.updateTable('login_throttles').set({ blocked_until: new Date(Date.now() - 1000) }).execute();
      const ok = await formLogin(t, email, PASSWORD, { 'x-forwarded-for': '203.0.113.7' });
      expect(ok.statusCode).toBe(303);
      expect(cookieFrom(ok, 'tr_session')).toBeTruthy();
      const rows = await t.database.db.selectFrom('login_throttles').selectAll().where('key', '=', `account:${email}`).execute();
      expect(rows).toEqual([]);
      expect((await fail(email)).statusCode).toBe(401);
    });

    it('limits one client address across accounts', async () => {
      const address = '192.0.2.99';
      let last = 0;
      for (let i = 0; i < THROTTLE.addressFreeFailures; i++) last = (await fail(`nobody-${i}@example.org`, address)).statusCode;
      expect(last).toBe(429);
      const other = await fail('someone-else@example.org', address);
      expect(other.statusCode).toBe(429);
      // Another address is not affected.
      expect((await fail('someone-else@example.org', '192.0.2.100')).statusCode).toBe(401);
    });

    it('answers the API with a 429 problem and Retry-After', async () => {
      const { email } = await userWithPassword(t);
      const login = (password: string) => t.app.inject({ method: 'POST', url: '/api/session', headers: { 'x-forwarded-for': '203.0.113.50' }, payload: { email, password } });
      for (let i = 1; i <= 4; i++) expect((await login('nope')).statusCode).toBe(401);
      const res = await login('nope');
      expect(res.statusCode).toBe(429);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['retry-after']).toBe(String(THROTTLE.firstWaitSeconds));
      expect(res.json()).toMatchObject({ code: 'LOGIN_THROTTLED', retryAfter: THROTTLE.firstWaitSeconds });
    });

    it('keeps the wait across a restart: the counters are in the database', async () => {
      const { email } = await userWithPassword(t);
      for (let i = 1; i <= 5; i++) await fail(email);
      const restarted = await buildApp({ config: t.app.config, database: t.database });
      await restarted.ready();
      try {
        const res = await restarted.inject({ method: 'POST', url: '/api/session', headers: { 'x-forwarded-for': '198.51.100.9' }, payload: { email, password: PASSWORD } });
        expect(res.statusCode).toBe(429);
      } finally {
        await restarted.close();
      }
    });
  });
}

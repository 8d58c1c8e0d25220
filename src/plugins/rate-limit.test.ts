import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp, type TestApp } from '../../test/helpers/app.js';
import { bearer, createKey, makeOrganisation, member } from '../modules/apikeys/test-fixtures.js';
import { FixedWindowLimiter } from './rate-limit.js';

describe('FixedWindowLimiter', () => {
  it('allows the limit per window, then refuses until the window ends', () => {
    let now = 1_000_000;
    const limiter = new FixedWindowLimiter(2, () => now);
    expect(limiter.hit('a')).toEqual({ limit: 2, remaining: 1, resetSeconds: 60, allowed: true });
    now += 15_500;
    expect(limiter.hit('a')).toEqual({ limit: 2, remaining: 0, resetSeconds: 45, allowed: true });
    expect(limiter.hit('a')).toMatchObject({ remaining: 0, resetSeconds: 45, allowed: false });
    // Another client has its own window.
    expect(limiter.hit('b')).toMatchObject({ remaining: 1, allowed: true });
    now += 44_500;
    expect(limiter.hit('a')).toMatchObject({ remaining: 1, resetSeconds: 60, allowed: true });
  });

  it('never reports a reset of 0 seconds, so Retry-After always asks to wait', () => {
    let now = 0;
    const limiter = new FixedWindowLimiter(1, () => now);
    limiter.hit('a');
    now = 59_999;
    expect(limiter.hit('a')).toMatchObject({ allowed: false, resetSeconds: 1 });
  });
});

describe('rate limits on the open API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ demo: false, config: { rateLimit: { perKeyPerMinute: 2, perAddressPerMinute: 3 } } });
  });
  afterAll(async () => { await t?.close(); });

  const get = (url: string, remoteAddress: string, headers: Record<string, string> = {}) => t.app.inject({ url, remoteAddress, headers });

  it('counts per client address, tells where the client stands, and answers 429 with Retry-After over the limit', async () => {
    for (const remaining of [2, 1, 0]) {
      const res = await get('/api/instruments', '10.1.0.1');
      expect(res.statusCode).toBe(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      expect(res.headers['ratelimit-remaining']).toBe(String(remaining));
      expect(Number(res.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
    }
    const refused = await get('/api/instruments', '10.1.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(json(refused)).toMatchObject({ status: 429, code: 'API_RATE_LIMITED' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    // A browser client can read the refusal.
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    // The open-data addresses share the same limit.
    expect((await get('/id/instrument/anything', '10.1.0.1')).statusCode).toBe(429);
    expect((await get('/catalogue', '10.1.0.1')).statusCode).toBe(429);
    // Pages are not limited.
    const page = await get('/instruments', '10.1.0.1');
    expect(page.statusCode).toBe(200);
    expect(page.headers['ratelimit-limit']).toBeUndefined();
    // Another address has its own count.
    expect((await get('/api/instruments', '10.1.0.2')).statusCode).toBe(200);
  });

  it('counts a valid API key on its own, and an invalid one against the address', async () => {
    const org = await makeOrganisation(t);
    const owner = await member(t, org);
    const { secret } = await createKey(t, owner.headers, { name: 'Teller', organisationId: org, permissions: ['organisations.listMine'] });
    for (let i = 0; i < 3; i++) await get('/api/instruments', '10.2.0.1');
    expect((await get('/api/instruments', '10.2.0.1')).statusCode).toBe(429);
    // Same exhausted address, but with a key: the key's own limit of 2.
    const first = await get('/api/instruments', '10.2.0.1', bearer(secret));
    expect(first.statusCode).toBe(200);
    expect(first.headers['ratelimit-limit']).toBe('2');
    expect((await get('/api/organisations', '10.2.0.3', bearer(secret))).statusCode).toBe(200);
    const over = await get('/api/instruments', '10.2.0.4', bearer(secret));
    expect(over.statusCode).toBe(429);
    expect(json(over).detail).toMatch(/API key/);

    for (let i = 0; i < 3; i++) expect((await get('/api/instruments', '10.3.0.1', bearer('tr_guessguessguessguessguessguessguessguess123'))).statusCode).toBe(401);
    expect((await get('/api/instruments', '10.3.0.1', bearer('tr_guessguessguessguessguessguessguessguess456'))).statusCode).toBe(429);
  });
});

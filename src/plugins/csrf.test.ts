import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, csrfPlugin } from './csrf.js';
import { AppError } from './errors.js';

describe('CSRF tokens', () => {
  const secret = 'a-secret-of-the-test-only-0123456789';
  const app = Fastify();
  beforeAll(async () => {
    await app.register(cookie);
    await app.register(csrfPlugin, { secret, secureCookies: false });
    app.setErrorHandler((error, _request, reply) => reply.code(error instanceof AppError ? error.status : 500).send({ code: (error as AppError).code }));
    app.get('/form', async (request) => ({ token: request.csrfToken }));
    app.get('/list', async () => ({ items: [] }));
    app.post('/act', async () => ({ ok: true }));
    await app.ready();
  });
  afterAll(async () => { await app.close(); });

  const tokenFor = async (browser: string) => (await app.inject({ url: '/form', cookies: { [CSRF_COOKIE]: browser } })).json().token as string;
  const act = (browser: string, token: string) => app.inject({ method: 'POST', url: '/act', cookies: { [CSRF_COOKIE]: browser }, headers: { 'x-csrf-token': token } });

  it('gives each browser the signature of its own cookie, the same on every page', async () => {
    const a = 'browser-a-cookie-0123456789';
    const b = 'browser-b-cookie-0123456789';
    const tokenA = await tokenFor(a);
    expect(tokenA).toBe(createHmac('sha256', secret).update(a).digest('base64url'));
    expect(await tokenFor(a)).toBe(tokenA);
    const tokenB = await tokenFor(b);
    expect(tokenB).not.toBe(tokenA);
    expect((await act(a, tokenA)).statusCode).toBe(200);
    expect((await act(b, tokenB)).statusCode).toBe(200);
    // Another browser's token, however recently signed, is refused.
    const refused = await act(a, tokenB);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CSRF_INVALID');
  });

  it('gives a new browser its cookie when a page first asks for a token, and not before', async () => {
    const plain = await app.inject({ url: '/list' });
    expect(plain.statusCode).toBe(200);
    expect(plain.cookies.find((c) => c.name === CSRF_COOKIE)).toBeUndefined();
    const page = await app.inject({ url: '/form' });
    const cookie = page.cookies.find((c) => c.name === CSRF_COOKIE);
    expect(cookie?.value.length).toBeGreaterThanOrEqual(16);
    expect(cookie?.httpOnly).toBe(true);
    expect(page.json().token).toBe(createHmac('sha256', secret).update(cookie!.value).digest('base64url'));
    expect((await act(cookie!.value, page.json().token)).statusCode).toBe(200);
    // A cookie too short to be ours is replaced by a new one, signed anew.
    const short = await app.inject({ url: '/form', cookies: { [CSRF_COOKIE]: 'short' } });
    const replaced = short.cookies.find((c) => c.name === CSRF_COOKIE)!;
    expect(replaced.value).not.toBe('short');
    expect(short.json().token).toBe(createHmac('sha256', secret).update(replaced.value).digest('base64url'));
    // A browser that has the cookie is not given another.
    const again = await app.inject({ url: '/form', cookies: { [CSRF_COOKIE]: replaced.value } });
    expect(again.cookies.find((c) => c.name === CSRF_COOKIE)).toBeUndefined();
  });

  it('still signs correctly after many browsers', async () => {
    for (let i = 0; i < 10_050; i += 1) await tokenFor(`browser-${i}-cookie-abcdefgh`);
    const late = 'browser-late-cookie-0123456789';
    expect(await tokenFor(late)).toBe(createHmac('sha256', secret).update(late).digest('base64url'));
    expect((await act('browser-3-cookie-abcdefgh', await tokenFor('browser-3-cookie-abcdefgh'))).statusCode).toBe(200);
  }, 60_000);
});

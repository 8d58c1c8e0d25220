import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Lru } from '../catalog/lru.js';
import { AppError } from './errors.js';

export const CSRF_COOKIE = 'tr_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The token to put in every form (hidden field `_csrf`) or `x-csrf-token` header. */
    csrfToken: string;
    /** This plugin's own state for the request (the browser's cookie, the signed token); read csrfToken instead. */
    csrfState: CsrfState | null;
  }
}

interface CsrfState { cookie?: string; token?: string; reply: FastifyReply }

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Signed double-submit token. Every browser gets a random `tr_csrf` cookie; forms carry
 * HMAC(secret, cookie). An unsafe request that arrives with cookies (and so with ambient
 * authority) must carry the matching token. Clients that send no cookies hold no session
 * to abuse and are not asked for one.
 */
export const csrfPlugin = fp<{ secret: string; secureCookies: boolean }>(async (app, { secret, secureCookies }) => {
  const hmac = (value: string) => createHmac('sha256', secret).update(value).digest('base64url');
  // One browser's cookie signs to the same token on every page it opens: kept for the 10,000
  // browsers seen last, so a page costs a lookup instead of an HMAC.
  const signed = new Lru<string>(10_000);
  const sign = (value: string) => {
    let token = signed.get(value);
    if (token === undefined) signed.set(value, (token = hmac(value)));
    return token;
  };
  // The token is signed when a page first asks for it: most reads (JSON, linked data, files) put
  // no form on the page, and an HMAC on each of them was a measurable share of a cached read.
  // Likewise a browser without the cookie is given one when a page first puts a token in a form:
  // a page without forms (a visitor's search, a list) sets no cookie and draws no random bytes.
  // Kept on the request itself rather than in a WeakMap keyed by it: the state holds the reply,
  // which holds the request, and such a key-value cycle made every collection of young objects
  // slower (a measurable share of a cached page).
  app.decorateRequest('csrfState', null);
  app.decorateRequest('csrfToken', {
    getter(this: FastifyRequest) {
      const held = this.csrfState;
      if (!held) return '';
      if (held.cookie === undefined) {
        held.cookie = randomBytes(18).toString('base64url');
        held.reply.setCookie(CSRF_COOKIE, held.cookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies });
      }
      return (held.token ??= sign(held.cookie));
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    const cookie = request.cookies?.[CSRF_COOKIE];
    // Pages carry forms; of the API only the session endpoints hand out a token.
    if (!cookie && request.url.startsWith('/api/') && !/^\/api\/(me|session)(\?|$)/.test(request.url)) return;
    // A cookie too short to be ours is replaced: a fresh cookie cannot match a token from
    // before, but an unsafe request with a session must.
    request.csrfState = { cookie: cookie && cookie.length >= 16 ? cookie : undefined, reply };
  });
  // Before schema validation, so a forged request learns nothing about the payload rules.
  app.addHook('preValidation', async (request) => {
    if (SAFE.has(request.method)) return;
    if (!request.headers.cookie) return;
    const sent = tokenFrom(request);
    const cookie = request.cookies?.[CSRF_COOKIE];
    const expected = cookie ? sign(cookie) : '';
    if (!sent || !cookie || sent.length !== expected.length || !timingSafeEqual(Buffer.from(sent), Buffer.from(expected))) {
      throw new AppError('CSRF_INVALID', 403, 'The form expired or did not come from this site. Reload the page and try again.');
    }
  });
}, { name: 'csrf', dependencies: ['@fastify/cookie'] });

function tokenFrom(request: FastifyRequest): string | undefined {
  const header = request.headers[CSRF_HEADER];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  const field = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  return typeof field === 'string' ? field : undefined;
}

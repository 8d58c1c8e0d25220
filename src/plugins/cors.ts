import fp from 'fastify-plugin';
import { presentedKey } from './api-key-auth.js';

/**
 * The addresses of the open API: the JSON API and the linked open data (stable URIs, their
 * descriptions, the vocabulary, the catalogue and the dumps). Rate limits and CORS apply here.
 */
const OPEN_PATH = /^\/(?:api|id|doc|ns|catalogue|dumps)(?:[/?.]|$)/;

export function isOpenPath(url: string): boolean { return OPEN_PATH.test(url); }

const SAFE = new Set(['GET', 'HEAD']);
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'Authorization, X-API-Key, Content-Type, Accept, Accept-Language, If-None-Match';
const EXPOSED_HEADERS = 'ETag, Location, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';
/** How long a browser may reuse a preflight answer (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/**
 * Cross-origin access to the open API, for web applications of partners.
 * - Reads (GET, HEAD) are public: any origin may read them, without credentials.
 * - Writes from another origin need an API key: the preflight allows the Authorization and
 *   X-API-Key headers, and the answer to a request that carries a key may be read anywhere.
 * - Access-Control-Allow-Credentials is never sent, so a browser never lets another origin read
 *   an answer made with the visitor's session cookie, and refuses a preflighted write with
 *   credentials outright; simple cross-site form posts with a session still meet the CSRF check.
 */
export const corsPlugin = fp(async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    if (!isOpenPath(request.url)) return;
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS' && origin && request.headers['access-control-request-method']) {
      return reply.code(204)
        .header('access-control-allow-origin', '*')
        .header('access-control-allow-methods', ALLOWED_METHODS)
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', PREFLIGHT_MAX_AGE)
        .send();
    }
    if (SAFE.has(request.method) || presentedKey(request) !== undefined) {
      reply.header('access-control-allow-origin', '*').header('access-control-expose-headers', EXPOSED_HEADERS);
    }
  });
}, { name: 'cors' });

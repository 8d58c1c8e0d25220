import type { FastifyInstance } from 'fastify';
import { createSession, destroySession, SESSION_COOKIE, setSessionCookie } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { loginThrottled } from './login-throttle.js';
import { passwordLogin } from './password-login.js';

const me = {
  type: 'object',
  properties: {
    authenticated: { type: 'boolean' },
    user: {
      type: ['object', 'null'],
      properties: { id: { type: 'integer' }, email: { type: 'string' }, displayName: { type: 'string' }, role: { type: 'string' } },
    },
    csrfToken: { type: 'string', description: 'Send as x-csrf-token on writes made with the session cookie.' },
  },
} as const;

export async function accountApiRoutes(app: FastifyInstance) {
  app.get('/api/me', {
    schema: { tags: ['accounts'], summary: 'The current user, if logged in', response: { 200: me } },
  }, async (request) => ({ authenticated: !!request.user, user: request.user, csrfToken: request.csrfToken }));

  app.post('/api/session', {
    schema: {
      tags: ['accounts'], summary: 'Log in with e-mail and password; sets the session cookie',
      body: {
        type: 'object', required: ['email', 'password'], additionalProperties: false,
        properties: { email: { type: 'string', minLength: 3, maxLength: 320 }, password: { type: 'string', minLength: 1, maxLength: 1000 } },
      },
      response: { 200: me, ...problemResponses(400, 401, 429) },
    },
  }, async (request, reply) => {
    const { email, password } = request.body as { email: string; password: string };
    const outcome = await passwordLogin(app, email, password, request.ip);
    if (outcome.kind === 'throttled') throw loginThrottled(outcome.retryAfter);
    if (outcome.kind === 'failed') throw new AppError('LOGIN_FAILED', 401, 'Unknown e-mail address or wrong password');
    const { user } = outcome;
    const session = await createSession(app.db, user.id, app.config.sessionTtlHours);
    setSessionCookie(reply, session.token, session.expires, app.config.secureCookies);
    return { authenticated: true, user: { id: user.id, email: user.email, displayName: user.display_name, role: user.role }, csrfToken: request.csrfToken };
  });

  app.delete('/api/session', {
    schema: { tags: ['accounts'], summary: 'Log out', response: { 204: { type: 'null' } } },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await destroySession(app.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
}

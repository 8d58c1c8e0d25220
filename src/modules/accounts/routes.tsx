import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createSession, destroySession, SESSION_COOKIE, setSessionCookie } from '../../plugins/auth.js';
import { AppError, type FieldError } from '../../plugins/errors.js';
import type { Role } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { createUser } from './commands/create-user.js';
import { passwordLogin } from './password-login.js';
import { LoginPage } from './views/login.js';
import { UsersPage } from './views/users.js';

/** Only same-site relative paths are followed after login, never another host. */
export function safeReturn(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

const str = (body: unknown, key: string) => {
  const v = (body as Record<string, unknown> | undefined)?.[key];
  return typeof v === 'string' ? v : '';
};

export async function accountRoutes(app: FastifyInstance) {
  app.get('/login', async (request, reply) => {
    const q = request.query as Record<string, unknown>;
    const notice = q.expired === '1' ? 'expired' : null;
    return sendPage(reply, <LoginPage ctx={viewContext(request)} email="" returnTo={safeReturn(q.return)} errors={[]} failed={false}
      notice={notice} oidcLabel={app.config.oidc?.label} />);
  });

  app.post('/login', async (request, reply) => {
    const email = str(request.body, 'email');
    const password = str(request.body, 'password');
    const returnTo = safeReturn(str(request.body, 'return'));
    const errors: FieldError[] = [];
    if (!email) errors.push({ field: 'email', message: 'is required', code: 'required' });
    if (!password) errors.push({ field: 'password', message: 'is required', code: 'required' });
    const outcome = errors.length ? null : await passwordLogin(app, email, password, request.ip);
    if (outcome?.kind !== 'ok') {
      const retryAfter = outcome?.kind === 'throttled' ? outcome.retryAfter : 0;
      if (retryAfter) reply.header('retry-after', String(retryAfter));
      reply.code(errors.length ? 400 : retryAfter ? 429 : 401);
      return sendPage(reply, <LoginPage ctx={viewContext(request)} email={email} returnTo={returnTo} errors={errors} failed={!errors.length}
        retryAfter={retryAfter} oidcLabel={app.config.oidc?.label} />);
    }
    const { user } = outcome;
    const session = await createSession(app.db, user.id, app.config.sessionTtlHours);
    setSessionCookie(reply, session.token, session.expires, app.config.secureCookies);
    return reply.redirect(returnTo, 303);
  });

  app.post('/logout', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await destroySession(app.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/', 303);
  });

  const listUsers = () => app.db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'created_at', 'disabled_at']).orderBy('display_name').execute();

  app.get('/admin/users', async (request, reply) => {
    request.authorize('accounts.manage');
    const q = request.query as Record<string, unknown>;
    return sendPage(reply, <UsersPage ctx={viewContext(request)} users={await listUsers()} errors={[]} input={{}} created={typeof q.created === 'string' ? q.created : undefined} />);
  });

  app.post('/admin/users', async (request: FastifyRequest, reply) => {
    const actor = request.authorize('accounts.manage')!;
    const input = { email: str(request.body, 'email'), displayName: str(request.body, 'displayName'), password: str(request.body, 'password'), role: str(request.body, 'role') as Role };
    try {
      await app.db.transaction().execute((tx) => createUser(tx, actor.id, input));
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500) throw err;
      const errors = err.fields.length ? err.fields : [{ field: String(err.extra.field ?? 'email'), message: err.detail, code: err.code }];
      reply.code(err.status);
      return sendPage(reply, <UsersPage ctx={viewContext(request)} users={await listUsers()} errors={errors} input={{ ...input, password: '' }} />);
    }
    return reply.redirect(`/admin/users?created=${encodeURIComponent(input.email)}`, 303);
  });
}

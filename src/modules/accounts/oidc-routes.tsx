import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, setSessionCookie } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { oidcOff } from './errors.js';
import { finishOidcLogin, OIDC_COOKIE, startOidcLogin } from './oidc/flow.js';
import { linkByVerifiedEmail, setLinkByVerifiedEmail } from './oidc/settings.js';
import { safeReturn } from './routes.js';
import { LoginPage } from './views/login.js';
import { LoginSettingsPage } from './views/login-settings.js';

const str = (body: unknown, key: string) => {
  const v = (body as Record<string, unknown> | undefined)?.[key];
  return typeof v === 'string' ? v : '';
};

/**
 * Login through an OpenID Connect provider (config.oidc), next to local accounts. A failed
 * provider login shows the login page with the reason and its status (4xx, 502 when the provider
 * cannot be reached); it never leaves a session behind.
 */
export async function oidcRoutes(app: FastifyInstance) {
  const cookieOptions = { path: '/login/oidc', httpOnly: true, sameSite: 'lax' as const, secure: app.config.secureCookies };

  const failure = (request: FastifyRequest, reply: FastifyReply, err: unknown) => {
    if (!(err instanceof AppError) || err.status >= 500 && err.code !== 'OIDC_UNAVAILABLE') throw err;
    reply.code(err.status);
    return sendPage(reply, <LoginPage ctx={viewContext(request)} email="" returnTo="/" errors={[]} failed={false}
      oidcLabel={app.config.oidc?.label} oidcError={`accounts.error.${err.code}`} />);
  };

  app.post('/login/oidc', async (request, reply) => {
    const oidc = app.config.oidc;
    if (!oidc) throw oidcOff();
    try {
      const { url, key } = await startOidcLogin(app, oidc, safeReturn(str(request.body, 'return')));
      // SameSite=Lax: the cookie comes back on the provider's top-level redirect to the callback.
      reply.setCookie(OIDC_COOKIE, key, { ...cookieOptions, maxAge: 600 });
      return reply.redirect(url, 303);
    } catch (err) {
      return failure(request, reply, err);
    }
  });

  app.get('/login/oidc/callback', async (request, reply) => {
    const oidc = app.config.oidc;
    if (!oidc) throw oidcOff();
    reply.clearCookie(OIDC_COOKIE, cookieOptions);
    try {
      const user = await finishOidcLogin(app, oidc, request.cookies[OIDC_COOKIE], request.url);
      const session = await createSession(app.db, user.id, app.config.sessionTtlHours);
      setSessionCookie(reply, session.token, session.expires, app.config.secureCookies);
      return reply.redirect(safeReturn(user.returnTo), 303);
    } catch (err) {
      return failure(request, reply, err);
    }
  });

  app.get('/admin/login-settings', async (request, reply) => {
    request.authorize('accounts.loginSettings');
    const q = request.query as Record<string, unknown>;
    return sendPage(reply, <LoginSettingsPage ctx={viewContext(request)} oidc={app.config.oidc ? { issuer: app.config.oidc.issuer, label: app.config.oidc.label } : null}
      linkByEmail={await linkByVerifiedEmail(app.db)} saved={q.saved === '1'} />);
  });

  app.post('/admin/login-settings', async (request, reply) => {
    const actor = request.authorize('accounts.loginSettings')!;
    const allowed = str(request.body, 'linkByEmail') === 'true';
    await app.db.transaction().execute((tx) => setLinkByVerifiedEmail(tx, actor.id, allowed));
    return reply.redirect('/admin/login-settings?saved=1', 303);
  });
}

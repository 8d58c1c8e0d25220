import { hash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.js';
import { AppError, forbidden, unauthenticated, wantsHtml } from './errors.js';
import { can, type Principal, type Role } from './permissions.js';

export const SESSION_COOKIE = 'tr_session';

export interface CurrentUser { id: number; email: string; displayName: string; role: Role }

declare module 'fastify' {
  interface FastifyRequest {
    user: CurrentUser | null;
    /** Throws 401/403 unless the current user may perform `action`. */
    authorize(action: string): CurrentUser | null;
  }
}

/** Minutes without a request after which a session ends, when the configuration names none. */
export const DEFAULT_IDLE_MINUTES = 60;

// The one-shot hash: no Hash object per request (every logged-in request hashes its cookie).
const hashToken = (token: string) => hash('sha256', token, 'base64url');

export async function createSession(db: Db, userId: number, ttlHours: number): Promise<{ token: string; expires: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + ttlHours * 3600_000);
  await db.insertInto('sessions').values({ id_hash: hashToken(token), user_id: userId, expires_at: expires, created_at: new Date() }).execute();
  return { token, expires };
}

export async function destroySession(db: Db, token: string): Promise<void> {
  const hash = hashToken(token);
  await db.deleteFrom('sessions').where('id_hash', '=', hash).execute();
  knownSessions.delete(hash);
}

/**
 * Ends every session of one account (account deleted or disabled). Takes the caller's
 * transaction; the memory below is cleared at once, so a request racing the commit is at worst
 * looked up again in the database.
 */
export async function destroyUserSessions(db: Pick<Db, 'deleteFrom'>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  forgetUserSessions(userId);
}

/**
 * Sessions already looked up, by token hash: PGlite answers one query at a time, and a lookup per
 * request would queue every logged-in page behind it. An entry holds the user, the session's
 * absolute expiry and when it was last used; it goes when the session is destroyed (logout,
 * account deletion) or after a minute, whichever is first. Code that changes accounts must call
 * forgetSessions() or forgetUserSessions(). Unknown tokens are never remembered.
 */
const knownSessions = new Map<string, { user: CurrentUser; expires: number; lastSeen: number; checked: number }>();
const SESSION_MEMORY_MS = 60_000;
const SESSION_MEMORY_MAX = 20_000;

export function forgetSessions(): void { knownSessions.clear(); }

export function forgetUserSessions(userId: number): void {
  for (const [hash, entry] of knownSessions) if (entry.user.id === userId) knownSessions.delete(hash);
}

export function principalOf(user: CurrentUser | null): Principal { return user?.role ?? 'public'; }

export interface AuthOptions { db: Db; secureCookies: boolean; idleMinutes?: number }

/** The login page with the reason and the way back; only same-site paths are kept. */
export function expiredLoginUrl(returnTo: string): string {
  return `/login?expired=1&return=${encodeURIComponent(/^\/(?![/\\])/.test(returnTo) ? returnTo : '/')}`;
}

/**
 * Session cookies: a random token in an HttpOnly, SameSite=Lax cookie (Secure over https);
 * only its hash is stored, so a leaked database holds no usable session. A session ends at its
 * absolute expiry (SESSION_TTL_HOURS) or after the idle time without a request, whichever comes
 * first; a request that still carries it is refused: pages send the reader to the login page
 * with the reason, the API answers 401 SESSION_EXPIRED.
 */
const LENIENT = /^\/(?:static\/|(?:login|logout|api\/session)(?:[/?]|$))/;

export const authPlugin = fp<AuthOptions>(async (app, { db, secureCookies, idleMinutes }) => {
  const configured = (app as { config?: { sessionIdleMinutes?: number } }).config?.sessionIdleMinutes;
  const idleMs = (idleMinutes ?? configured ?? DEFAULT_IDLE_MINUTES) * 60_000;

  app.decorateRequest('user', null);
  app.decorateRequest('authorize', function (this: FastifyRequest, action: string) {
    if (can(principalOf(this.user), action)) return this.user;
    if (!this.user) throw unauthenticated();
    throw forbidden(action);
  });

  const refuseExpired = (request: FastifyRequest, reply: FastifyReply, hash: string) => {
    knownSessions.delete(hash);
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies });
    // Logging in again, logging out and assets go ahead without the session.
    if (LENIENT.test(request.url)) return;
    if (!wantsHtml(request)) throw new AppError('SESSION_EXPIRED', 401, 'The session has expired. Log in again.');
    return reply.redirect(expiredLoginUrl(request.url), 303);
  };

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const hash = hashToken(token);
    const now = Date.now();
    const known = knownSessions.get(hash);
    if (known && now - known.checked < SESSION_MEMORY_MS) {
      if (known.expires < now || now - known.lastSeen > idleMs) {
        await db.deleteFrom('sessions').where('id_hash', '=', hash).execute();
        return refuseExpired(request, reply, hash);
      }
      known.lastSeen = now;
      request.user = known.user;
      return;
    }
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .leftJoin('session_activity', 'session_activity.id_hash', 'sessions.id_hash')
      .select(['users.id', 'users.email', 'users.display_name', 'users.role', 'users.disabled_at',
        'sessions.expires_at', 'sessions.created_at', 'session_activity.last_seen_at'])
      .where('sessions.id_hash', '=', hash)
      .executeTakeFirst();
    if (!row || row.disabled_at) { knownSessions.delete(hash); return; }
    // The memory may know a later request than the database, which is written once a minute.
    const lastSeen = Math.max((row.last_seen_at ?? row.created_at).getTime(), known?.lastSeen ?? 0);
    if (row.expires_at.getTime() < now || now - lastSeen > idleMs) {
      await db.deleteFrom('sessions').where('id_hash', '=', hash).execute();
      return refuseExpired(request, reply, hash);
    }
    await db.insertInto('session_activity').values({ id_hash: hash, last_seen_at: new Date(now) })
      .onConflict((oc) => oc.column('id_hash').doUpdateSet({ last_seen_at: new Date(now) })).execute();
    request.user = { id: row.id, email: row.email, displayName: row.display_name, role: row.role };
    if (knownSessions.size >= SESSION_MEMORY_MAX) knownSessions.delete(knownSessions.keys().next().value!);
    knownSessions.set(hash, { user: request.user, expires: row.expires_at.getTime(), lastSeen: now, checked: now });
  });
}, { name: 'auth', dependencies: ['@fastify/cookie'] });

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}

export function requireUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

export { AppError };

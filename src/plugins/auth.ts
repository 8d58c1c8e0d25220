import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.js';
import { AppError, forbidden, unauthenticated } from './errors.js';
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

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

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
 * Sessions already looked up, by token hash: PGlite answers one query at a time, and a lookup per
 * request would queue every logged-in page behind it. An entry holds the user and the session's
 * expiry, and goes when the session is destroyed (logout) or after a minute, whichever is first;
 * nothing else in the platform changes an existing session or account. Code that changes
 * accounts must call forgetSessions(). Unknown tokens are never remembered.
 */
const knownSessions = new Map<string, { user: CurrentUser; expires: number; checked: number }>();
const SESSION_MEMORY_MS = 60_000;
const SESSION_MEMORY_MAX = 20_000;

export function forgetSessions(): void { knownSessions.clear(); }

export function principalOf(user: CurrentUser | null): Principal { return user?.role ?? 'public'; }

export interface AuthOptions { db: Db; secureCookies: boolean }

/**
 * Session cookies: a random token in an HttpOnly, SameSite=Lax cookie (Secure over https);
 * only its hash is stored, so a leaked database holds no usable session.
 */
export const authPlugin = fp<AuthOptions>(async (app, { db }) => {
  app.decorateRequest('user', null);
  app.decorateRequest('authorize', function (this: FastifyRequest, action: string) {
    if (can(principalOf(this.user), action)) return this.user;
    if (!this.user) throw unauthenticated();
    throw forbidden(action);
  });
  app.addHook('onRequest', async (request) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const hash = hashToken(token);
    const now = Date.now();
    const known = knownSessions.get(hash);
    if (known && now - known.checked < SESSION_MEMORY_MS) {
      if (known.expires >= now) request.user = known.user;
      return;
    }
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.email', 'users.display_name', 'users.role', 'sessions.expires_at', 'users.disabled_at'])
      .where('sessions.id_hash', '=', hash)
      .executeTakeFirst();
    if (!row || row.disabled_at || row.expires_at.getTime() < now) { knownSessions.delete(hash); return; }
    request.user = { id: row.id, email: row.email, displayName: row.display_name, role: row.role };
    if (knownSessions.size >= SESSION_MEMORY_MAX) knownSessions.delete(knownSessions.keys().next().value!);
    knownSessions.set(hash, { user: request.user, expires: row.expires_at.getTime(), checked: now });
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

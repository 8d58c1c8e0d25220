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
  await db.deleteFrom('sessions').where('id_hash', '=', hashToken(token)).execute();
}

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
    const row = await db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.email', 'users.display_name', 'users.role', 'sessions.expires_at', 'users.disabled_at'])
      .where('sessions.id_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!row || row.disabled_at || row.expires_at.getTime() < Date.now()) return;
    request.user = { id: row.id, email: row.email, displayName: row.display_name, role: row.role };
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

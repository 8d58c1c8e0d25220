import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.js';
import type { Role } from './permissions.js';
import { can } from './permissions.js';
import { AppError, forbidden } from './errors.js';

/** What a request authenticated by an API key may reach, besides its owner's own rights. */
export interface ApiKeyScope {
  id: number;
  /** null: platform-wide (a key of the transition team or an admin). */
  organisationId: number | null;
  permissions: ReadonlySet<string>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the request carries a valid API key; the key's owner is then `request.user`. */
    apiKey: ApiKeyScope | null;
  }
}

declare module './auth.js' {
  interface CurrentUser {
    /** Present only when this user acts through an API key: the organisation the key is limited to. */
    apiKey?: { id: number; organisationId: number | null };
  }
}

/** Every secret starts with this, so a leaked key is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'tr_';
/** How much of the secret stays visible in lists, after the fixed prefix. */
const SHOWN_CHARACTERS = 8;

/**
 * A new secret: 32 random bytes (256 bits). Because it cannot be guessed, a plain SHA-256 hash is
 * enough to store it: slow password hashes exist to protect low-entropy secrets, and a fast hash
 * lets every request find its key with one indexed lookup.
 */
export function newApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX.length + SHOWN_CHARACTERS), hash: hashApiKey(secret) };
}

export const hashApiKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`; undefined when none. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const authorization = request.headers.authorization;
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  return match ? match[1]!.trim() : undefined;
}

interface KnownKey {
  user: { id: number; email: string; displayName: string; role: Role };
  scope: ApiKeyScope;
  expires: number | null;
  checked: number;
  /** When last_used_at was last written for this key (by this process). */
  lastUsedWritten: number;
}

/**
 * Keys already looked up, by hash: PGlite answers one query at a time, and a lookup on every API
 * call would queue all of them. An entry lives a minute at most; revoking a key forgets them all,
 * so in one process a revocation takes effect on the very next request. Unknown secrets are not
 * remembered, so random guesses cannot fill the memory.
 */
const known = new Map<string, KnownKey>();
const KEY_MEMORY_MS = 60_000;
const KEY_MEMORY_MAX = 10_000;
/** last_used_at is a hint for the owner ("is this key still in use?"), not an access log. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function forgetApiKeys(): void { known.clear(); }

type Rejection = 'unknown' | 'revoked' | 'expired';

async function lookUp(db: Db, hash: string, now: number): Promise<KnownKey | Rejection> {
  const cached = known.get(hash);
  if (cached && now - cached.checked < KEY_MEMORY_MS) return cached.expires !== null && cached.expires <= now ? 'expired' : cached;
  const row = await db.selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .leftJoin('organisation_members as m', (join) => join
      .onRef('m.organisation_id', '=', 'k.organisation_id').onRef('m.user_id', '=', 'k.user_id').on('m.role', '=', 'owner'))
    .select(['k.id', 'k.organisation_id', 'k.permissions', 'k.expires_at', 'k.revoked_at', 'k.last_used_at',
      'u.id as user_id', 'u.email', 'u.display_name', 'u.role', 'u.disabled_at', 'm.user_id as owner_id'])
    .where('k.secret_hash', '=', hash)
    .executeTakeFirst();
  known.delete(hash);
  if (!row) return 'unknown';
  // A key stops with its account, and an organisation's key with its creator's ownership.
  if (row.revoked_at || row.disabled_at || (row.organisation_id !== null && row.owner_id === null)) return 'revoked';
  const expires = row.expires_at ? row.expires_at.getTime() : null;
  if (expires !== null && expires <= now) return 'expired';
  const entry: KnownKey = {
    user: { id: row.user_id, email: row.email, displayName: row.display_name, role: row.role },
    scope: { id: row.id, organisationId: row.organisation_id, permissions: new Set(row.permissions) },
    expires, checked: now, lastUsedWritten: row.last_used_at ? row.last_used_at.getTime() : 0,
  };
  if (known.size >= KEY_MEMORY_MAX) known.delete(known.keys().next().value!);
  known.set(hash, entry);
  return entry;
}

const MESSAGES: Record<Rejection | 'malformed', string> = {
  malformed: 'The API key is malformed',
  unknown: 'The API key is not valid',
  revoked: 'The API key was revoked or its owner no longer has access',
  expired: 'The API key has expired',
};

/** An organisation address (/organisations/12/..., /api/organisations/12/...) and the id in it. */
const ORGANISATION_PATH = /^(?:\/api)?\/organisations\/(\d+)(?:[/?]|$)/;
/**
 * Who has access to an organisation (its profile and consent, members, invitations, coaches) is
 * decided by people, like keys and accounts themselves: a key can read these, never change them.
 */
const ACCESS_ADMINISTRATION = /^(?:\/api)?\/organisations\/\d+(?:\/(?:edit|members|invitations|coaches)(?:\/[^?]*)?)?\/?(?:\?|$)/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NEW_ORGANISATION = /^(?:\/api)?\/organisations(?:\/new)?\/?(?:\?|$)/;

/**
 * Requests with an API key act as the key's owner, limited to the key's permissions and
 * organisation. A presented key that is not valid is refused with 401: such a request is never
 * quietly treated as anonymous, so a client notices a revoked or expired key at once.
 *
 * A key request carries no ambient authority (the key is in a header a browser never adds by
 * itself), so its cookies are set aside: the session does not count (not even an expired one),
 * and the CSRF check, which only guards requests that come with cookies, has nothing to guard.
 * Registered before the session plugin, so that the session is never looked at.
 */
export const apiKeyAuthPlugin = fp<{ db: Db }>(async (app, { db }) => {
  app.decorateRequest('apiKey', null);
  const rejections = new WeakMap<FastifyRequest, Rejection | 'malformed'>();

  app.addHook('onRequest', async (request) => {
    const secret = presentedKey(request);
    if (secret === undefined) return;
    request.user = null;
    delete request.headers.cookie;
    request.cookies = {};
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 200) { rejections.set(request, 'malformed'); return; }
    const now = Date.now();
    const found = await lookUp(db, hashApiKey(secret), now);
    if (typeof found === 'string') { rejections.set(request, found); return; }
    const { scope } = found;
    request.apiKey = scope;
    request.user = { ...found.user, apiKey: { id: scope.id, organisationId: scope.organisationId } };
    request.authorize = function authorizeWithKey(this: FastifyRequest, action: string) {
      // What anyone may do, a key may do too; beyond that, only what the key was given and its
      // owner (still) has.
      if (can('public', action)) return this.user;
      if (scope.permissions.has(action) && can(found.user.role, action)) return this.user;
      throw forbidden(action);
    };
    if (now - found.lastUsedWritten >= LAST_USED_RESOLUTION_MS) {
      found.lastUsedWritten = now;
      await db.updateTable('api_keys').set({ last_used_at: new Date(now) }).where('id', '=', scope.id).execute();
    }
  });

  // Refused after every onRequest hook, so the rate limits still count the attempt.
  app.addHook('preParsing', async (request, reply) => {
    const rejection = rejections.get(request);
    if (rejection) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new AppError('APIKEY_INVALID', 401, MESSAGES[rejection]);
    }
    const scope = request.apiKey;
    const organisation = scope?.organisationId != null ? ORGANISATION_PATH.exec(request.url) : null;
    if (organisation && Number(organisation[1]) !== scope!.organisationId) throw outOfScope(scope!.organisationId!);
    // A key of one organisation does not found another one: the new organisation would be outside its scope.
    if (scope?.organisationId != null && request.method === 'POST' && NEW_ORGANISATION.test(request.url)) throw outOfScope(scope.organisationId);
    if (scope && !SAFE_METHODS.has(request.method) && ACCESS_ADMINISTRATION.test(request.url)) {
      throw new AppError('APIKEY_NOT_ALLOWED', 403, 'An API key cannot change an organisation\'s profile, members, invitations or coaches; a logged-in owner does that');
    }
  });

  // Many writes name the organisation they act for in the body or query; a key stays within its own.
  app.addHook('preHandler', async (request) => {
    const scope = request.apiKey;
    if (!scope || scope.organisationId === null) return;
    for (const source of [request.body, request.query]) {
      if (!source || typeof source !== 'object') continue;
      const named = (source as Record<string, unknown>).organisationId;
      if (named !== undefined && named !== null && named !== '' && Number(named) !== scope.organisationId) throw outOfScope(scope.organisationId);
    }
  });
}, { name: 'api-key-auth', dependencies: ['@fastify/cookie'] });

const outOfScope = (organisationId: number) =>
  new AppError('APIKEY_OUT_OF_SCOPE', 403, `This API key may only act for organisation ${organisationId}`, [], { organisationId });

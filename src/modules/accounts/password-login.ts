import type { FastifyInstance } from 'fastify';
import { verifyPassword } from '../../plugins/passwords.js';
import type { Role } from '../../plugins/permissions.js';
import { recordLoginFailure, recordLoginSuccess, retryAfterSeconds, throttleKeys } from './login-throttle.js';

export type LoginOutcome =
  | { kind: 'ok'; user: { id: number; email: string; display_name: string; role: Role } }
  | { kind: 'failed'; retryAfter: number }
  | { kind: 'throttled'; retryAfter: number };

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function checkCredentials(app: FastifyInstance, email: string, password: string) {
  const user = await app.db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'password_hash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .where('disabled_at', 'is', null).executeTakeFirst();
  // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  return ok && user ? { id: user.id, email: user.email, display_name: user.display_name, role: user.role } : null;
}

/**
 * One password login, for the page and the API alike: refused without checking the password
 * while the account or the address waits; a failure counts towards the wait, a success resets it.
 */
export async function passwordLogin(app: FastifyInstance, email: string, password: string, address: string): Promise<LoginOutcome> {
  const keys = throttleKeys(email, address);
  const waiting = await retryAfterSeconds(app.db, keys);
  if (waiting) return { kind: 'throttled', retryAfter: waiting };
  const user = await checkCredentials(app, email, password);
  if (!user) {
    const retryAfter = await recordLoginFailure(app.db, keys);
    return retryAfter ? { kind: 'throttled', retryAfter } : { kind: 'failed', retryAfter: 0 };
  }
  await recordLoginSuccess(app.db, keys);
  return { kind: 'ok', user };
}

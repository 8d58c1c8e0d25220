import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { AppError } from '../../plugins/errors.js';

/**
 * Login backoff, per account and per client address. The first failures are free (people
 * mistype); after that every further failure doubles the wait, up to a ceiling. A success
 * resets both counters, and a counter without failures for a day starts again from nothing.
 * The counters live in the database, so a restart does not hand out fresh attempts.
 * The address allows more failures than the account: one office may share one address.
 */
export const THROTTLE = {
  accountFreeFailures: 5,
  addressFreeFailures: 20,
  firstWaitSeconds: 30,
  maxWaitSeconds: 3600,
  forgetAfterMs: 24 * 3600_000,
} as const;

export interface ThrottleKeys { account: string; address: string }

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

/** Seconds to wait after `failures` failures, with `free` failures allowed without a wait. */
export function waitSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(THROTTLE.firstWaitSeconds * 2 ** (failures - free), THROTTLE.maxWaitSeconds);
}

export const loginThrottled = (retryAfter: number) =>
  new AppError('LOGIN_THROTTLED', 429, `Too many failed logins. Try again in ${retryAfter} seconds.`, [], { retryAfter });

/** Seconds until a login may be tried again for these keys; 0 when it may be tried now. */
export async function retryAfterSeconds(db: Db, keys: ThrottleKeys, now = new Date()): Promise<number> {
  const rows = await db.selectFrom('login_throttles').select(['blocked_until'])
    .where('key', 'in', [keys.account, keys.address]).execute();
  const until = Math.max(0, ...rows.map((r) => r.blocked_until?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

async function countFailure(db: Db, key: string, free: number, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - THROTTLE.forgetAfterMs);
  const row = await db.insertInto('login_throttles')
    .values({ key, failures: 1, last_failure_at: now, blocked_until: null })
    .onConflict((oc) => oc.column('key').doUpdateSet({
      // A counter left alone for a day starts again at one.
      failures: sql<number>`case when login_throttles.last_failure_at < ${forgetBefore} then 1 else login_throttles.failures + 1 end`,
      last_failure_at: now,
    }))
    .returning('failures').executeTakeFirstOrThrow();
  const wait = waitSeconds(row.failures, free);
  const blockedUntil = wait ? new Date(now.getTime() + wait * 1000) : null;
  await db.updateTable('login_throttles').set({ blocked_until: blockedUntil }).where('key', '=', key).execute();
  return wait;
}

/** Records a failed login; returns the seconds to wait before the next try (0: try again now). */
export async function recordLoginFailure(db: Db, keys: ThrottleKeys, now = new Date()): Promise<number> {
  // Counters nobody added to for a day are of no use any more (and hold an e-mail and an address).
  await db.deleteFrom('login_throttles').where('last_failure_at', '<', new Date(now.getTime() - THROTTLE.forgetAfterMs))
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)])).execute();
  const account = await countFailure(db, keys.account, THROTTLE.accountFreeFailures, now);
  const address = await countFailure(db, keys.address, THROTTLE.addressFreeFailures, now);
  return Math.max(account, address);
}

export async function recordLoginSuccess(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.deleteFrom('login_throttles').where('key', 'in', [keys.account, keys.address]).execute();
}

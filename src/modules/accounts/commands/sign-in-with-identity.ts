import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { accountDisabled, oidcEmailInUse, oidcNoSubject } from '../errors.js';
import type { IdentityClaims } from '../oidc/claims.js';

export interface SignedInUser { id: number; created: boolean; linked: boolean }

/** Stands in for the e-mail address of an account whose provider gives none: never deliverable. */
export function placeholderEmail(issuer: string, subject: string): string {
  return `oidc-${createHash('sha256').update(`${issuer}\n${subject}`).digest('hex').slice(0, 24)}@identity.invalid`;
}

/**
 * The account behind a provider identity (issuer + subject). Known identity: its account. New
 * identity whose verified e-mail address belongs to an account: linked to it only when the
 * transition team allows linking, refused otherwise (the address would be taken twice). Else a
 * new account with the role org_member and no password.
 */
export async function signInWithIdentity(
  tx: Transaction<Database>, issuer: string, claims: IdentityClaims, options: { linkByVerifiedEmail: boolean },
): Promise<SignedInUser> {
  if (!claims.subject) throw oidcNoSubject();
  const now = new Date();
  const known = await tx.selectFrom('user_identities').innerJoin('users', 'users.id', 'user_identities.user_id')
    .select(['users.id', 'users.disabled_at']).where('issuer', '=', issuer).where('subject', '=', claims.subject)
    .executeTakeFirst();
  if (known) {
    if (known.disabled_at) throw accountDisabled();
    await tx.updateTable('user_identities').set({ last_login_at: now, email: claims.email })
      .where('issuer', '=', issuer).where('subject', '=', claims.subject).execute();
    return { id: known.id, created: false, linked: false };
  }

  const email = claims.email ?? placeholderEmail(issuer, claims.subject);
  const existing = await tx.selectFrom('users').select(['id', 'disabled_at'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase())).executeTakeFirst();
  if (existing) {
    if (!claims.emailVerified || !options.linkByVerifiedEmail) throw oidcEmailInUse();
    if (existing.disabled_at) throw accountDisabled();
    await tx.insertInto('user_identities').values({ issuer, subject: claims.subject, user_id: existing.id, email: claims.email, linked_at: now, last_login_at: now }).execute();
    await audit(tx, { userId: existing.id, entityType: 'user_identity', entityId: existing.id, action: 'create', after: { issuer, linkedBy: 'verified_email' } });
    return { id: existing.id, created: false, linked: true };
  }

  // No local password: '!' is no scrypt hash, so a password login can never succeed.
  const user = await tx.insertInto('users').values({
    email, display_name: claims.displayName, password_hash: '!', role: 'org_member', created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('user_identities').values({ issuer, subject: claims.subject, user_id: user.id, email: claims.email, linked_at: now, last_login_at: now }).execute();
  await audit(tx, { userId: user.id, entityType: 'user', entityId: user.id, action: 'create', after: { email, displayName: claims.displayName, role: 'org_member', issuer } });
  return { id: user.id, created: true, linked: false };
}

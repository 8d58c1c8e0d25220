import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { destroyUserSessions } from '../../../plugins/auth.js';
import { DELETED_USER_NAME, erasedEmail, PERSONAL_AUDIT_FIELDS } from '../constants.js';
import { lastAdmin, lastOwner } from '../errors.js';

type Tx = Transaction<Database>;

/** Organisations (still active) that would be left without an owner; their owner rows locked. */
async function orphanedOrganisations(tx: Tx, userId: number) {
  const owned = await tx.selectFrom('organisation_members').innerJoin('organisations', 'organisations.id', 'organisation_members.organisation_id')
    .select(['organisations.id', 'organisations.name'])
    .where('organisation_members.user_id', '=', userId).where('organisation_members.role', '=', 'owner')
    .where('organisations.retired_at', 'is', null).orderBy('organisations.name').execute();
  const orphaned: Array<{ id: number; name: string }> = [];
  for (const org of owned) {
    const owners = await tx.selectFrom('organisation_members').select('user_id')
      .where('organisation_id', '=', org.id).where('role', '=', 'owner').forUpdate().execute();
    if (!owners.some((o) => o.user_id !== userId)) orphaned.push(org);
  }
  return orphaned;
}

function scrub(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of PERSONAL_AUDIT_FIELDS) if (field in copy) copy[field] = DELETED_USER_NAME;
  return copy;
}

/**
 * Deletes a person's account at their own request (GDPR art. 17). The users row stays, because
 * the history, answers, comments and applications refer to it, but it holds nothing personal any
 * more: the name reads "verwijderde gebruiker / deleted user" wherever it is shown, the e-mail
 * address is replaced, the password and provider identities are gone, every session ends and
 * every API key of the account is revoked.
 * The audit log keeps every row; entries about the account lose the personal fields they held.
 * Refused while the person is the only owner of an organisation or the only administrator.
 */
export async function deleteAccount(tx: Tx, userId: number): Promise<void> {
  const user = await tx.selectFrom('users').select(['id', 'email', 'role']).where('id', '=', userId).forUpdate().executeTakeFirstOrThrow();
  const orphaned = await orphanedOrganisations(tx, userId);
  if (orphaned.length) throw lastOwner(orphaned);
  if (user.role === 'admin') {
    // Locked, so two administrators deleting themselves at once cannot leave none.
    const admins = await tx.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null)
      .orderBy('id').forUpdate().execute();
    if (!admins.some((a) => a.id !== userId)) throw lastAdmin();
  }
  const now = new Date();

  await tx.deleteFrom('organisation_members').where('user_id', '=', userId).execute();
  await tx.updateTable('coach_invitations').set({ withdrawn_at: now }).where('coach_user_id', '=', userId).where('withdrawn_at', 'is', null).execute();
  await tx.updateTable('organisation_invitations').set({ email: erasedEmail(userId) })
    .where((eb) => eb(eb.fn('lower', ['email']), '=', user.email.toLowerCase())).execute();
  await tx.deleteFrom('user_identities').where('user_id', '=', userId).execute();
  await tx.deleteFrom('login_throttles').where('key', '=', `account:${user.email.trim().toLowerCase()}`).execute();
  await destroyUserSessions(tx, userId);
  // Keys act for the account: they end with it, like its sessions.
  await tx.updateTable('api_keys').set({ revoked_at: now, revoked_by: userId }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();

  const about = await tx.selectFrom('audit_log').select(['id', 'before', 'after'])
    .where('entity_type', 'in', ['user', 'user_identity']).where('entity_id', '=', String(userId)).execute();
  for (const row of about) {
    await tx.updateTable('audit_log').set({
      before: row.before === null ? null : JSON.stringify(scrub(row.before)),
      after: row.after === null ? null : JSON.stringify(scrub(row.after)),
    }).where('id', '=', row.id).execute();
  }

  await tx.updateTable('users').set({
    email: erasedEmail(userId), display_name: DELETED_USER_NAME, password_hash: '!', disabled_at: now, updated_at: now,
    version: sql<number>`version + 1`,
  }).where('id', '=', userId).execute();
  await tx.insertInto('erased_accounts').values({ user_id: userId, erased_at: now }).execute();
  await audit(tx, { userId, entityType: 'user', entityId: userId, action: 'delete', after: { erased: true } });
}

import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { alreadyMember, invitationOpen, lastOwner } from '../errors.js';
import { INVITATION_DAYS } from '../options.js';
import { userByEmail } from '../queries.js';
import type { AddMemberInput, ChangeMemberInput } from '../schemas.js';
import { hashToken, newToken, normaliseEmail, type Tx } from './shared.js';

export type AddMemberResult =
  | { kind: 'added'; userId: number }
  /** The token is returned once, to be shown once: only its hash is kept. */
  | { kind: 'invited'; invitationId: number; token: string; expiresAt: Date };

/**
 * An owner adds someone by e-mail: an existing account joins at once; anyone else gets an
 * invitation whose link the owner passes on (the platform sends no e-mail yet).
 */
export async function addMember(tx: Tx, actorId: number, organisationId: number, input: AddMemberInput): Promise<AddMemberResult> {
  const email = input.email.trim();
  const position = input.position ?? '';
  const user = await userByEmail(tx, email);
  if (user) {
    const existing = await tx.selectFrom('organisation_members').select('role')
      .where('organisation_id', '=', organisationId).where('user_id', '=', user.id).executeTakeFirst();
    if (existing) throw alreadyMember(email);
    await tx.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: user.id, role: input.role, position }).execute();
    await audit(tx, { userId: actorId, entityType: 'organisation_member', entityId: `${organisationId}:${user.id}`, action: 'create', after: { role: input.role, position } });
    return { kind: 'added', userId: user.id };
  }
  const now = new Date();
  const open = await tx.selectFrom('organisation_invitations').select(['id', 'expires_at'])
    .where('organisation_id', '=', organisationId).where((eb) => eb(eb.fn('lower', ['email']), '=', normaliseEmail(email)))
    .where('accepted_at', 'is', null).where('withdrawn_at', 'is', null).execute();
  if (open.some((i) => i.expires_at > now)) throw invitationOpen(email);
  // An expired invitation to the same address is replaced by the new one, so the list stays readable.
  for (const old of open) {
    await tx.updateTable('organisation_invitations').set({ withdrawn_at: now }).where('id', '=', old.id).execute();
    await audit(tx, { userId: actorId, entityType: 'organisation_invitation', entityId: old.id, action: 'retire', after: { withdrawnAt: now, reason: 'replaced' } });
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600_000);
  const { id } = await tx.insertInto('organisation_invitations').values({
    organisation_id: organisationId, email, role: input.role, position, token_hash: hashToken(token), invited_by: actorId, created_at: now, expires_at: expiresAt,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, {
    userId: actorId, entityType: 'organisation_invitation', entityId: id, action: 'create',
    after: { organisationId, email, role: input.role, position, expiresAt },
  });
  return { kind: 'invited', invitationId: id, token, expiresAt };
}

/** Locks the owners' rows, so two owners demoting each other at once cannot leave none. */
async function lockOwners(tx: Tx, organisationId: number): Promise<number[]> {
  const rows = await tx.selectFrom('organisation_members').select('user_id')
    .where('organisation_id', '=', organisationId).where('role', '=', 'owner').forUpdate().execute();
  return rows.map((r) => r.user_id);
}

async function memberOf(tx: Tx, organisationId: number, userId: number) {
  const row = await tx.selectFrom('organisation_members').select(['role', 'position'])
    .where('organisation_id', '=', organisationId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw notFound('member', userId);
  return row;
}

export async function changeMember(tx: Tx, actorId: number, organisationId: number, userId: number, input: ChangeMemberInput): Promise<void> {
  const owners = await lockOwners(tx, organisationId);
  const before = await memberOf(tx, organisationId, userId);
  const after = { role: input.role ?? before.role, position: input.position ?? before.position };
  if (before.role === 'owner' && after.role !== 'owner' && owners.length <= 1) throw lastOwner();
  if (after.role === before.role && after.position === before.position) return;
  await tx.updateTable('organisation_members').set(after).where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
  await audit(tx, { userId: actorId, entityType: 'organisation_member', entityId: `${organisationId}:${userId}`, action: 'update', before, after });
}

export async function removeMember(tx: Tx, actorId: number, organisationId: number, userId: number): Promise<void> {
  const owners = await lockOwners(tx, organisationId);
  const before = await memberOf(tx, organisationId, userId);
  if (before.role === 'owner' && owners.length <= 1) throw lastOwner();
  await tx.deleteFrom('organisation_members').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
  await audit(tx, { userId: actorId, entityType: 'organisation_member', entityId: `${organisationId}:${userId}`, action: 'delete', before });
}

/** Withdrawing an accepted or already withdrawn invitation is refused as not found: nothing is open. */
export async function withdrawInvitation(tx: Tx, actorId: number, organisationId: number, invitationId: number): Promise<void> {
  const now = new Date();
  const row = await tx.updateTable('organisation_invitations').set({ withdrawn_at: now })
    .where('id', '=', invitationId).where('organisation_id', '=', organisationId)
    .where('accepted_at', 'is', null).where('withdrawn_at', 'is', null)
    .returning(['email', 'role']).executeTakeFirst();
  if (!row) throw notFound('invitation', invitationId);
  await audit(tx, { userId: actorId, entityType: 'organisation_invitation', entityId: invitationId, action: 'retire', after: { withdrawnAt: now, email: row.email, role: row.role } });
}

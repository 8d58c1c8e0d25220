import { createUser } from '../../accounts/index.js';
import { audit } from '../../../plugins/audit.js';
import type { CurrentUser } from '../../../plugins/auth.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { PASSWORD_MIN_LENGTH } from '../../../plugins/passwords.js';
import { invitationForOther, invitationGone, invitationNeedsLogin } from '../errors.js';
import { findInvitationByHash, userByEmail, type InvitationByToken } from '../queries.js';
import type { AcceptInvitationInput } from '../schemas.js';
import { hashToken, normaliseEmail, type Tx } from './shared.js';

/** The invitation behind a token, refused with the reason it can no longer be used. */
export async function usableInvitation(db: Parameters<typeof findInvitationByHash>[0], token: string): Promise<InvitationByToken> {
  const invitation = await findInvitationByHash(db, hashToken(token));
  if (!invitation || invitation.retired_at) throw notFound('invitation', 'token');
  if (invitation.withdrawn_at) throw invitationGone('ORGS_INVITATION_WITHDRAWN');
  if (invitation.accepted_at) throw invitationGone('ORGS_INVITATION_USED');
  if (invitation.expires_at.getTime() <= Date.now()) throw invitationGone('ORGS_INVITATION_EXPIRED');
  return invitation;
}

export interface Accepted { organisationId: number; userId: number; accountCreated: boolean }

/**
 * Joins the organisation the invitation names. The logged-in account must be the invited
 * address; without a session a new account is made for that address (an existing one logs in
 * first, so nobody joins on someone else's behalf).
 */
export async function acceptInvitation(tx: Tx, token: string, user: CurrentUser | null, input: AcceptInvitationInput): Promise<Accepted> {
  const invitation = await usableInvitation(tx, token);
  let userId: number;
  let accountCreated = false;
  if (user) {
    if (normaliseEmail(user.email) !== normaliseEmail(invitation.email)) throw invitationForOther();
    userId = user.id;
  } else {
    if (await userByEmail(tx, invitation.email)) throw invitationNeedsLogin();
    const errors: FieldError[] = [];
    if (!input.displayName?.trim()) errors.push({ field: 'displayName', message: 'is required', code: 'required' });
    if (!input.password) errors.push({ field: 'password', message: 'is required', code: 'required' });
    else if (input.password.length < PASSWORD_MIN_LENGTH) errors.push({ field: 'password', message: `must be at least ${PASSWORD_MIN_LENGTH} characters`, code: 'minLength' });
    if (errors.length) throw invalid(errors);
    const created = await createUser(tx, null, { email: invitation.email, displayName: input.displayName!, password: input.password!, role: 'org_member' });
    userId = created.id;
    accountCreated = true;
  }
  // Marked in the same statement that checks it is still open: two clicks accept it once.
  const now = new Date();
  const marked = await tx.updateTable('organisation_invitations').set({ accepted_at: now })
    .where('id', '=', invitation.id).where('accepted_at', 'is', null).where('withdrawn_at', 'is', null).returning('id').executeTakeFirst();
  if (!marked) throw invitationGone('ORGS_INVITATION_USED');
  await audit(tx, { userId, entityType: 'organisation_invitation', entityId: invitation.id, action: 'update', after: { acceptedAt: now } });
  const member = await tx.selectFrom('organisation_members').select('role')
    .where('organisation_id', '=', invitation.organisation_id).where('user_id', '=', userId).executeTakeFirst();
  // Someone added in the meantime keeps the role they have; the invitation is simply used up.
  if (!member) {
    await tx.insertInto('organisation_members').values({ organisation_id: invitation.organisation_id, user_id: userId, role: invitation.role, position: invitation.position }).execute();
    await audit(tx, {
      userId, entityType: 'organisation_member', entityId: `${invitation.organisation_id}:${userId}`, action: 'create',
      after: { role: invitation.role, position: invitation.position, invitationId: invitation.id },
    });
  }
  return { organisationId: invitation.organisation_id, userId, accountCreated };
}

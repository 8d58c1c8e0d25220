import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { coachActive, coachIsMember, fieldError } from '../errors.js';
import type { InviteCoachInput } from '../schemas.js';
import type { Tx } from './shared.js';

/** The kinds of actor a coach can come from: those that support organisations with knowledge. */
export const COACH_ACTOR_KINDS = ['support_organisation', 'knowledge_institution', 'sector_organisation', 'company'] as const;

export async function inviteCoach(tx: Tx, userId: number, organisationId: number, input: InviteCoachInput): Promise<number> {
  const coach = await tx.selectFrom('users').select(['id', 'disabled_at']).where(sql<string>`lower(email)`, '=', input.email.trim().toLowerCase()).executeTakeFirst();
  if (!coach || coach.disabled_at) throw fieldError('email', 'no active account has this e-mail address; ask the coach to get an account first', 'improvementNoAccount');
  const member = await tx.selectFrom('organisation_members').select('role').where('organisation_id', '=', organisationId).where('user_id', '=', coach.id).executeTakeFirst();
  if (member) throw coachIsMember();
  let actorId: number | null = null;
  if (input.actor) {
    const actor = await tx.selectFrom('actors').select(['id', 'kind', 'retired_at']).where('code', '=', input.actor).executeTakeFirst();
    if (!actor || actor.retired_at) throw fieldError('actor', `actor ${input.actor} does not exist`);
    if (!(COACH_ACTOR_KINDS as readonly string[]).includes(actor.kind)) throw fieldError('actor', `actor ${input.actor} is not a support actor`, 'improvementNotSupportActor');
    actorId = actor.id;
  }
  const active = await tx.selectFrom('coach_invitations').select('id')
    .where('organisation_id', '=', organisationId).where('coach_user_id', '=', coach.id).where('withdrawn_at', 'is', null).executeTakeFirst();
  if (active) throw coachActive();
  const { id } = await tx.insertInto('coach_invitations').values({ organisation_id: organisationId, coach_user_id: coach.id, actor_id: actorId, invited_by: userId })
    .returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'coach_invitation', entityId: id, action: 'create', after: { organisationId, coachUserId: coach.id, actorId } });
  return id;
}

/** Access ends with the withdrawal: organisationAccess() only counts invitations not withdrawn. */
export async function withdrawCoach(tx: Tx, userId: number, organisationId: number, invitationId: number): Promise<void> {
  const row = await tx.selectFrom('coach_invitations').select(['id', 'coach_user_id', 'withdrawn_at'])
    .where('id', '=', invitationId).where('organisation_id', '=', organisationId).forUpdate().executeTakeFirst();
  if (!row) throw notFound('coach invitation', invitationId);
  if (row.withdrawn_at) return;
  const at = new Date();
  await tx.updateTable('coach_invitations').set({ withdrawn_at: at }).where('id', '=', invitationId).execute();
  await audit(tx, {
    userId, entityType: 'coach_invitation', entityId: invitationId, action: 'retire',
    before: { organisationId, coachUserId: row.coach_user_id, withdrawnAt: null }, after: { organisationId, coachUserId: row.coach_user_id, withdrawnAt: at.toISOString() },
  });
}

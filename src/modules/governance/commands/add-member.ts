import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import type { CreateMemberInput } from '../schemas.js';
import { checkPeriod, type Tx } from './shared.js';

export async function memberSnapshot(tx: Tx, id: number) {
  const m = await tx.selectFrom('body_members as m').innerJoin('actors as a', 'a.id', 'm.actor_id').innerJoin('bodies as b', 'b.id', 'm.body_id')
    .leftJoin('decisions as d', 'd.id', 'm.appointed_by_decision_id')
    .select(['b.code as body', 'a.code as actor', 'm.person_name', 'm.role', 'm.starts_on', 'm.ends_on', 'm.is_proposal', 'm.version', 'm.status', 'd.code as appointed_by'])
    .where('m.id', '=', id).executeTakeFirst();
  return m ? {
    body: m.body, actor: m.actor, personName: m.person_name, role: m.role, startsOn: m.starts_on, endsOn: m.ends_on, isProposal: m.is_proposal, version: m.version,
    status: m.status, appointedBy: m.appointed_by,
  } : null;
}

/**
 * A seat's status and the decision that appointed its holder: the decision must be one of the
 * platform's, approved or published (a draft appoints nobody); an ended seat says when it ended.
 */
export async function checkAppointment(
  tx: Tx, errors: FieldError[], input: { status?: string | null | undefined; endsOn?: string | null | undefined; appointedByDecision?: string | null | undefined },
): Promise<number | null> {
  if (input.status === 'ended' && !input.endsOn) errors.push({ field: 'endsOn', message: 'is required for an ended seat', code: 'required' });
  const code = input.appointedByDecision?.trim();
  if (!code) return null;
  const d = await tx.selectFrom('decisions').select(['id', 'status']).where('code', '=', code).executeTakeFirst();
  if (!d) errors.push({ field: 'appointedByDecision', message: `decision ${code} does not exist`, code: 'reference' });
  else if (d.status === 'draft') errors.push({ field: 'appointedByDecision', message: `decision ${code} is a draft; only an approved or published decision appoints`, code: 'state' });
  return d?.id ?? null;
}

/** Seats an actor's representative in a body (mandaat:Mandataris holding a mandaat:Mandaat). */
export async function addMember(tx: Tx, userId: number | null, bodyCode: string, input: CreateMemberInput): Promise<number> {
  const body = await tx.selectFrom('bodies').select('id').where('code', '=', bodyCode).forUpdate().executeTakeFirst();
  if (!body) throw notFound('body', bodyCode);
  const errors: FieldError[] = [];
  const actor = await tx.selectFrom('actors').select(['id', 'retired_at']).where('code', '=', input.actor).executeTakeFirst();
  if (!actor) errors.push({ field: 'actor', message: `actor ${input.actor} does not exist`, code: 'reference' });
  else if (actor.retired_at) errors.push({ field: 'actor', message: `actor ${input.actor} is retired`, code: 'reference' });
  checkPeriod(errors, input.startsOn, input.endsOn);
  const appointedBy = await checkAppointment(tx, errors, input);
  if (errors.length) throw invalid(errors);
  const { id } = await tx.insertInto('body_members').values({
    body_id: body.id, actor_id: actor!.id, person_name: input.personName?.trim() || null, role: input.role,
    starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null, source: null, status: input.status ?? null, appointed_by_decision_id: appointedBy,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'body_member', entityId: id, action: 'create', after: await memberSnapshot(tx, id) });
  return id;
}

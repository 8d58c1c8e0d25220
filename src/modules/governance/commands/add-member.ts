import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import type { CreateMemberInput } from '../schemas.js';
import { checkPeriod, type Tx } from './shared.js';

export async function memberSnapshot(tx: Tx, id: number) {
  const m = await tx.selectFrom('body_members as m').innerJoin('actors as a', 'a.id', 'm.actor_id').innerJoin('bodies as b', 'b.id', 'm.body_id')
    .select(['b.code as body', 'a.code as actor', 'm.person_name', 'm.role', 'm.starts_on', 'm.ends_on', 'm.is_proposal', 'm.version'])
    .where('m.id', '=', id).executeTakeFirst();
  return m ? { body: m.body, actor: m.actor, personName: m.person_name, role: m.role, startsOn: m.starts_on, endsOn: m.ends_on, isProposal: m.is_proposal, version: m.version } : null;
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
  if (errors.length) throw invalid(errors);
  const { id } = await tx.insertInto('body_members').values({
    body_id: body.id, actor_id: actor!.id, person_name: input.personName?.trim() || null, role: input.role,
    starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null, source: null,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'body_member', entityId: id, action: 'create', after: await memberSnapshot(tx, id) });
  return id;
}

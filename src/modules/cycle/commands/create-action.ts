import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { taken } from '../errors.js';
import type { CreateActionInput } from '../schemas.js';
import { actionSnapshot, References, type Tx } from './shared.js';

type ActionFields = Omit<CreateActionInput, 'code'> & { code: string };

/** Checks an action's references and uniqueness; returns the resolved actor ids. */
export async function checkAction(tx: Tx, planId: number, input: ActionFields, selfId?: number) {
  const refs = new References(tx);
  const responsibleId = await refs.actor('responsibleActor', input.responsibleActor);
  const contributorIds = await refs.actors('contributors', input.contributors);
  refs.dateOrder(input.startsOn, input.endsOn);
  refs.check();
  let sameCode = tx.selectFrom('actions').select('id').where('plan_id', '=', planId).where('code', '=', input.code);
  if (selfId !== undefined) sameCode = sameCode.where('id', '<>', selfId);
  if (await sameCode.executeTakeFirst()) throw taken('CYCLE_ACTION_CODE_TAKEN', `This plan already has an action with code ${input.code}`, 'code');
  if (input.externalId) {
    let sameExternal = tx.selectFrom('actions').select('id').where('external_id', '=', input.externalId);
    if (selfId !== undefined) sameExternal = sameExternal.where('id', '<>', selfId);
    if (await sameExternal.executeTakeFirst()) throw taken('CYCLE_EXTERNAL_ID_TAKEN', `Another action already has external id ${input.externalId}`, 'externalId');
  }
  return { responsibleId, contributorIds };
}

export function actionColumns(input: ActionFields, responsibleId: number | null) {
  return {
    code: input.code, title_nl: input.title.nl, title_en: input.title.en,
    description_nl: input.description?.nl ?? '', description_en: input.description?.en ?? '',
    responsible_actor_id: responsibleId, status: input.status ?? 'planned',
    starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null,
    budget_planned: input.budgetPlanned ?? null, budget_committed: input.budgetCommitted ?? null, budget_spent: input.budgetSpent ?? null,
    external_id: input.externalId ?? null,
  };
}

export async function writeContributors(tx: Tx, actionId: number, ids: number[]): Promise<void> {
  await tx.deleteFrom('action_contributors').where('action_id', '=', actionId).execute();
  if (ids.length) await tx.insertInto('action_contributors').values(ids.map((actor_id) => ({ action_id: actionId, actor_id }))).execute();
}

export async function createAction(tx: Tx, userId: number | null, planId: number, input: CreateActionInput): Promise<number> {
  const plan = await tx.selectFrom('plans').select('id').where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('plan', planId);
  const { responsibleId, contributorIds } = await checkAction(tx, planId, input);
  const { id } = await tx.insertInto('actions').values({ plan_id: planId, ...actionColumns(input, responsibleId) }).returning('id').executeTakeFirstOrThrow();
  await writeContributors(tx, id, contributorIds);
  await audit(tx, { userId, entityType: 'action', entityId: id, action: 'create', after: await actionSnapshot(tx, id) });
  return id;
}

import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { todayInBrussels } from '../progress.js';
import type { CreateMilestoneInput } from '../schemas.js';
import { milestoneSnapshot, References, type Tx } from './shared.js';

/** A milestone cannot be done on a day that has not come yet. */
export function checkDoneOn(refs: References, doneOn: string | null | undefined, field = 'doneOn'): void {
  const today = todayInBrussels();
  if (doneOn && doneOn > today) refs.add(field, `must not be after today (${today})`, 'cycleNotFuture');
}

export async function createMilestone(tx: Tx, userId: number | null, actionId: number, input: CreateMilestoneInput): Promise<number> {
  const action = await tx.selectFrom('actions').select('id').where('id', '=', actionId).executeTakeFirst();
  if (!action) throw notFound('action', actionId);
  const refs = new References(tx);
  checkDoneOn(refs, input.doneOn);
  refs.check();
  const { id } = await tx.insertInto('milestones').values({
    action_id: actionId, title_nl: input.title.nl, title_en: input.title.en, due_on: input.dueOn, done_on: input.doneOn ?? null, weight: input.weight ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'milestone', entityId: id, action: 'create', after: await milestoneSnapshot(tx, id) });
  return id;
}

import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { conflict, notFound } from '../../../plugins/errors.js';
import { stale } from '../errors.js';
import { todayInBrussels } from '../progress.js';
import type { CompleteMilestoneInput } from '../schemas.js';
import { checkDoneOn } from './create-milestone.js';
import { milestoneSnapshot, References, type Tx } from './shared.js';

/** Marks a milestone done (today unless another day is given); the action's progress follows. */
export async function completeMilestone(tx: Tx, userId: number | null, id: number, input: CompleteMilestoneInput): Promise<number> {
  const row = await tx.selectFrom('milestones').select(['id', 'version', 'done_on']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('milestone', id);
  if (row.version !== input.version) throw stale('Milestone', id, row.version, input.version);
  if (row.done_on !== null) throw conflict('CYCLE_MILESTONE_DONE', `Milestone ${id} is already done (${row.done_on})`);
  const refs = new References(tx);
  checkDoneOn(refs, input.doneOn);
  refs.check();
  const before = await milestoneSnapshot(tx, id);
  await tx.updateTable('milestones').set({ done_on: input.doneOn ?? todayInBrussels(), updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'milestone', entityId: id, action: 'update', before, after: await milestoneSnapshot(tx, id) });
  return id;
}

import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { stale } from '../errors.js';
import type { UpdateMilestoneInput } from '../schemas.js';
import { checkDoneOn } from './create-milestone.js';
import { milestoneSnapshot, References, type Tx } from './shared.js';

export async function updateMilestone(tx: Tx, userId: number | null, id: number, input: UpdateMilestoneInput): Promise<number> {
  const row = await tx.selectFrom('milestones').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('milestone', id);
  if (row.version !== input.version) throw stale('Milestone', id, row.version, input.version);
  const refs = new References(tx);
  checkDoneOn(refs, input.doneOn);
  refs.check();
  const before = await milestoneSnapshot(tx, id);
  await tx.updateTable('milestones').set({
    title_nl: input.title.nl, title_en: input.title.en, due_on: input.dueOn, done_on: input.doneOn ?? null, weight: input.weight ?? null,
    updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'milestone', entityId: id, action: 'update', before, after: await milestoneSnapshot(tx, id) });
  return id;
}

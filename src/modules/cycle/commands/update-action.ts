import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { stale } from '../errors.js';
import type { UpdateActionInput } from '../schemas.js';
import { actionColumns, checkAction, writeContributors } from './create-action.js';
import { actionSnapshot, type Tx } from './shared.js';

/** Also after adoption: the changes then show as plan-versus-actual against the baseline. */
export async function updateAction(tx: Tx, userId: number | null, id: number, input: UpdateActionInput): Promise<number> {
  const row = await tx.selectFrom('actions').select(['id', 'plan_id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('action', id);
  if (row.version !== input.version) throw stale('Action', id, row.version, input.version);
  const { responsibleId, contributorIds } = await checkAction(tx, row.plan_id, input, id);
  const before = await actionSnapshot(tx, id);
  await tx.updateTable('actions').set({ ...actionColumns(input, responsibleId), updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
  await writeContributors(tx, id, contributorIds);
  await audit(tx, { userId, entityType: 'action', entityId: id, action: 'update', before, after: await actionSnapshot(tx, id) });
  return id;
}

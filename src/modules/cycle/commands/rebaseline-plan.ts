import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { planNotAdopted, stale } from '../errors.js';
import { findPlanRecord } from '../queries.js';
import type { RebaselinePlanInput } from '../schemas.js';
import { freezeBaseline, planSnapshot, References, type Tx } from './shared.js';

/** A new baseline replaces the comparison point only under a decision, with a reason on record. */
export async function rebaselinePlan(tx: Tx, userId: number | null, id: number, input: RebaselinePlanInput): Promise<number> {
  const row = await tx.selectFrom('plans').select(['id', 'version', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('plan', id);
  if (row.version !== input.version) throw stale('Plan', id, row.version, input.version);
  const refs = new References(tx);
  const decisionId = await refs.decision('decisionId', input.decisionId);
  const reason = input.reason.trim();
  if (!reason) refs.add('reason', 'is required', 'required');
  refs.check();
  if (row.status !== 'adopted') throw planNotAdopted(id);
  const before = await planSnapshot(tx, id);
  await tx.updateTable('plans').set({ updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
  const baseline = await freezeBaseline(tx, (await findPlanRecord(tx, id))!, userId, decisionId, reason);
  await audit(tx, { userId, entityType: 'plan', entityId: id, action: 'update', before, after: { ...(await planSnapshot(tx, id)), event: 'rebaseline', baseline } });
  return baseline;
}

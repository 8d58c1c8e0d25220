import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { planAlreadyAdopted, stale } from '../errors.js';
import { findPlanRecord } from '../queries.js';
import type { AdoptPlanInput } from '../schemas.js';
import { freezeBaseline, planSnapshot, References, type Tx } from './shared.js';

/**
 * Adoption freezes the plan's content (actions and milestones) as baseline version 1; from then
 * on the plan page compares the plan as it is with what was adopted.
 */
export async function adoptPlan(tx: Tx, userId: number | null, id: number, input: AdoptPlanInput): Promise<number> {
  const row = await tx.selectFrom('plans').select(['id', 'version', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('plan', id);
  if (row.version !== input.version) throw stale('Plan', id, row.version, input.version);
  if (row.status === 'adopted') throw planAlreadyAdopted(id);
  const refs = new References(tx);
  const decisionId = await refs.decision('decisionId', input.decisionId);
  refs.check();
  const before = await planSnapshot(tx, id);
  await tx.updateTable('plans').set({
    status: 'adopted', adopted_at: new Date(), adopted_by_decision_id: decisionId, updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', id).execute();
  await freezeBaseline(tx, (await findPlanRecord(tx, id))!, userId, decisionId, '');
  await audit(tx, { userId, entityType: 'plan', entityId: id, action: 'update', before, after: { ...(await planSnapshot(tx, id)), event: 'adopt' } });
  return id;
}

import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { noPlan, stale } from '../errors.js';
import { currentPlan, submittedAssessments } from '../queries.js';
import { resultContext } from '../result-context.js';
import type { UpdatePlanInput } from '../schemas.js';
import { checkReassessOn } from './plan-rules.js';
import type { Tx } from './shared.js';
import { planSnapshot } from './snapshots.js';

/** The re-assessment date and the organisation's own note on its approach. */
export async function updatePlan(tx: Tx, userId: number, organisationId: number, input: UpdatePlanInput): Promise<number> {
  const plan = await currentPlan(tx, organisationId);
  if (!plan) throw noPlan(organisationId);
  const locked = await tx.selectFrom('improvement_plans').select('version').where('id', '=', plan.id).forUpdate().executeTakeFirstOrThrow();
  if (locked.version !== input.version) throw stale('Plan', plan.id, locked.version, input.version);
  const basis = (await submittedAssessments(tx, organisationId)).find((a) => a.id === plan.assessmentId)!;
  checkReassessOn(await resultContext(tx, basis), input.reassessOn);
  const before = await planSnapshot(tx, plan.id);
  await tx.updateTable('improvement_plans').set({
    reassess_on: input.reassessOn, scenario_note: input.scenarioNote?.trim() ?? plan.scenarioNote, updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', plan.id).execute();
  await audit(tx, { userId, entityType: 'improvement_plan', entityId: plan.id, action: 'update', before, after: await planSnapshot(tx, plan.id) });
  return plan.id;
}

import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import type { Lang } from '../../../plugins/i18n.js';
import { noPlan, stale } from '../errors.js';
import { currentPlan, prioritiesOf, relevanceOf, submittedAssessments } from '../queries.js';
import { resultContext } from '../result-context.js';
import type { SetPrioritiesInput } from '../schemas.js';
import { addNextLevelSteps, checkPriorities, resolveRelevance, savePriorities, saveRelevance } from './plan-rules.js';
import type { Tx } from './shared.js';
import { planSnapshot } from './snapshots.js';

/**
 * Changes the chosen priorities of the current plan and the relevance of its dimensions. A newly
 * chosen dimension brings its next-level steps; a dropped one keeps its items, since work on them
 * may already be under way.
 */
export async function setPriorities(tx: Tx, userId: number, organisationId: number, input: SetPrioritiesInput, lang: Lang): Promise<number> {
  const plan = await currentPlan(tx, organisationId);
  if (!plan) throw noPlan(organisationId);
  const locked = await tx.selectFrom('improvement_plans').select('version').where('id', '=', plan.id).forUpdate().executeTakeFirstOrThrow();
  if (locked.version !== input.version) throw stale('Plan', plan.id, locked.version, input.version);
  const basis = (await submittedAssessments(tx, organisationId)).find((a) => a.id === plan.assessmentId)!;
  const context = await resultContext(tx, basis);
  checkPriorities(context, input.priorities);
  const relevance = resolveRelevance(context, input, await relevanceOf(tx, plan.id));
  const before = await planSnapshot(tx, plan.id);
  const had = new Set((await prioritiesOf(tx, plan.id)).map((p) => p.dimension));
  await saveRelevance(tx, plan.id, relevance);
  await savePriorities(tx, plan.id, context, input.priorities.map((p) => p.dimension), relevance, lang);
  await addNextLevelSteps(tx, plan.id, context, input.priorities.map((p) => p.dimension).filter((d) => !had.has(d)), lang);
  await tx.updateTable('improvement_plans').set({ updated_at: new Date(), version: sql`version + 1` }).where('id', '=', plan.id).execute();
  await audit(tx, { userId, entityType: 'improvement_plan', entityId: plan.id, action: 'update', before, after: await planSnapshot(tx, plan.id) });
  return plan.id;
}

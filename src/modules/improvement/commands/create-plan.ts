import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import type { Lang } from '../../../plugins/i18n.js';
import { fieldError, noResult, planExists } from '../errors.js';
import { defaultReassessOn } from '../plan-view.js';
import { planForAssessment, submittedAssessments } from '../queries.js';
import { resultContext } from '../result-context.js';
import type { CreatePlanInput } from '../schemas.js';
import { addNextLevelSteps, checkPriorities, checkReassessOn, resolveRelevance, savePriorities, saveRelevance } from './plan-rules.js';
import type { Tx } from './shared.js';
import { planSnapshot } from './snapshots.js';

/** A plan from one submitted result: the chosen priorities, and the steps toward each one's next level as items. */
export async function createPlan(tx: Tx, userId: number, organisationId: number, input: CreatePlanInput, lang: Lang): Promise<number> {
  const assessments = await submittedAssessments(tx, organisationId);
  if (!assessments.length) throw noResult(organisationId);
  const basis = input.assessmentId === undefined ? assessments.at(-1)! : assessments.find((a) => a.id === input.assessmentId);
  if (!basis) throw fieldError('assessmentId', `assessment ${input.assessmentId} is not a submitted assessment of this organisation`);
  // Two saves at once for the same result would make two plans: the second waits here, then sees the first.
  await sql`select id from assessments where id = ${basis.id} for update`.execute(tx);
  const existing = await planForAssessment(tx, basis.id);
  if (existing) throw planExists(basis.id, existing.id);
  const context = await resultContext(tx, basis);
  checkPriorities(context, input.priorities);
  const relevance = resolveRelevance(context, input);
  checkReassessOn(context, input.reassessOn);
  const { id } = await tx.insertInto('improvement_plans').values({
    organisation_id: organisationId, assessment_id: basis.id, reassess_on: input.reassessOn ?? defaultReassessOn(basis),
    scenario_note: input.scenarioNote?.trim() ?? '', created_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  await saveRelevance(tx, id, relevance);
  await savePriorities(tx, id, context, input.priorities.map((p) => p.dimension), relevance, lang);
  await addNextLevelSteps(tx, id, context, input.priorities.map((p) => p.dimension), lang);
  await audit(tx, { userId, entityType: 'improvement_plan', entityId: id, action: 'create', after: await planSnapshot(tx, id) });
  return id;
}

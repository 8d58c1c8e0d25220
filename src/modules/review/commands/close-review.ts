import { currentStep, mayAct, nextStep, stepsOrDefault } from '../workflow.js';
import { stepActor } from '../errors.js';
import { countedReviews } from './act-on-step.js';
import { callFor, recordStep, type Actor, type Tx } from './shared.js';

/**
 * Closes the review for a whole call: every application waiting in a review step with at least
 * one counted review moves on; those without any stay, and are named in the answer.
 */
export async function closeReview(tx: Tx, actor: Actor, callCode: string): Promise<{ callId: number; closed: number[]; withoutReviews: number[] }> {
  const call = await callFor(tx, callCode);
  const steps = stepsOrDefault(call.steps);
  const apps = await tx.selectFrom('applications').selectAll().where('call_id', '=', call.id)
    .where('status', 'in', ['submitted', 'in_review']).orderBy('id').forUpdate().execute();
  const closed: number[] = [], withoutReviews: number[] = [];
  for (const app of apps) {
    const step = currentStep(steps, app);
    if (!step || step.kind !== 'review') continue;
    if (!mayAct(step, actor.role)) throw stepActor(step.actorRole);
    if ((await countedReviews(tx, app.id)) === 0) { withoutReviews.push(app.id); continue; }
    await recordStep(tx, actor.id, app, { stepCode: step.code, outcome: 'passed', note: '', status: 'in_review', nextStep: nextStep(steps, step.code)?.code ?? step.code });
    closed.push(app.id);
  }
  return { callId: call.id, closed, withoutReviews };
}

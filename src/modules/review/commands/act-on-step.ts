import { invalid } from '../../../plugins/errors.js';
import { noReviews, reasonMissing, stepActor, wrongStep } from '../errors.js';
import { currentStep, mayAct, nextStep, outcomesFor, stepsOrDefault } from '../workflow.js';
import { checkVersion, lockApplication, recordStep, requireOpen, type Actor, type Tx } from './shared.js';

export interface StepInput { step: string; outcome: 'passed' | 'failed' | 'noted'; note?: string; version?: number }

/** Counted reviews: submitted and without a conflict of interest. */
export async function countedReviews(tx: Tx, applicationId: number): Promise<number> {
  const row = await tx.selectFrom('reviews').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', '=', applicationId).where('conflicted', '=', false).where('submitted_at', 'is not', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The team acts on the step an application waits in: eligibility passed or failed (with a
 * reason), the review closed, the panel's outcome noted. The step named must be the current one,
 * so an action taken twice or out of order is refused. A decision has its own command.
 */
export async function actOnStep(tx: Tx, actor: Actor, applicationId: number, input: StepInput): Promise<{ callId: number; version: number }> {
  const { app, call } = await lockApplication(tx, applicationId);
  requireOpen(app);
  checkVersion(app, input.version);
  const step = currentStep(call.steps, app);
  if (!step || step.code !== input.step || step.kind === 'decision') throw wrongStep(app.id, step?.code ?? null, input.step);
  if (!mayAct(step, actor.role)) throw stepActor(step.actorRole);
  if (!outcomesFor(step.kind).includes(input.outcome)) {
    throw invalid([{ field: 'outcome', message: `must be one of ${outcomesFor(step.kind).join(', ')} in a ${step.kind} step`, code: 'enum' }]);
  }
  const note = (input.note ?? '').trim();
  if (input.outcome === 'failed') {
    if (!note) throw reasonMissing();
    const version = await recordStep(tx, actor.id, app, { stepCode: step.code, outcome: 'failed', note, status: 'ineligible', nextStep: step.code });
    return { callId: call.id, version };
  }
  if (step.kind === 'review' && (await countedReviews(tx, app.id)) === 0) throw noReviews(app.id);
  const next = nextStep(stepsOrDefault(call.steps), step.code);
  const version = await recordStep(tx, actor.id, app, { stepCode: step.code, outcome: input.outcome, note, status: 'in_review', nextStep: next?.code ?? step.code });
  return { callId: call.id, version };
}

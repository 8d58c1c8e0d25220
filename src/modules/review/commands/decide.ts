import { audit } from '../../../plugins/audit.js';
import { invalid } from '../../../plugins/errors.js';
import { brusselsDate } from '../../../web/dates.js';
import { amountMissing, amountTooHigh, decided, stepActor, wrongStep } from '../errors.js';
import { grantedTotal } from '../queries.js';
import { currentStep, mayAct } from '../workflow.js';
import { checkVersion, lockApplication, recordStep, requireOpen, type Actor, type Tx } from './shared.js';

export interface DecideInput {
  outcome: 'granted' | 'refused';
  amount?: number | null;
  letterNl: string; letterEn?: string;
  /** Project dates for a grant (YYYY-MM-DD); by default today and twelve months later. */
  startsOn?: string; endsOn?: string;
  version?: number;
}

const cents = (n: number) => Math.round(n * 100);
const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

/** Twelve months later, the day before the same date (a project of exactly a year). */
export function defaultEnd(startsOn: string): string {
  const [y, m, d] = startsOn.split('-').map(Number);
  const end = new Date(Date.UTC(y! + 1, m! - 1, d!));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/**
 * The decision in the application's decision step: granted (an amount within what was asked,
 * the call's maximum grant and the budget the call has left) or refused, with the letter.
 * A grant creates the project in the same transaction.
 */
export async function decide(tx: Tx, actor: Actor, applicationId: number, input: DecideInput): Promise<{ callId: number; projectId: number | null }> {
  const { app, call } = await lockApplication(tx, applicationId);
  requireOpen(app);
  checkVersion(app, input.version);
  const step = currentStep(call.steps, app);
  if (!step || step.kind !== 'decision') throw wrongStep(app.id, step?.code ?? null, 'decision');
  if (!mayAct(step, actor.role)) throw stepActor(step.actorRole);
  if (await tx.selectFrom('grant_decisions').select('application_id').where('application_id', '=', app.id).executeTakeFirst()) throw decided(app.id);

  let amount: number | null = null;
  if (input.outcome === 'granted') {
    if (input.amount === undefined || input.amount === null) throw amountMissing();
    amount = input.amount;
    if (Math.abs(cents(amount) - amount * 100) > 1e-6) throw invalid([{ field: 'amount', message: 'has at most two decimals (cents)', code: 'multipleOf' }]);
    // Decisions in one call queue up on the call row, so two grants cannot both spend the last euro.
    await tx.selectFrom('calls').select('id').where('id', '=', call.id).forUpdate().execute();
    const requested = app.requested_eur === null ? null : Number(app.requested_eur);
    if (requested !== null && cents(amount) > cents(requested)) throw amountTooHigh('requested', money(requested));
    if (call.maxGrant !== null && cents(amount) > cents(call.maxGrant)) throw amountTooHigh('maxGrant', money(call.maxGrant));
    const remaining = call.budget - (await grantedTotal(tx, call.id));
    if (cents(amount) > cents(remaining)) throw amountTooHigh('budget', money(Math.max(0, remaining)));
  }
  const startsOn = input.startsOn ?? brusselsDate();
  const endsOn = input.endsOn ?? defaultEnd(startsOn);
  if (input.outcome === 'granted' && endsOn < startsOn) throw invalid([{ field: 'endsOn', message: 'must not be before the start date', code: 'minimum' }]);

  const letter = { letter_nl: input.letterNl.trim(), letter_en: (input.letterEn ?? '').trim() };
  await tx.insertInto('grant_decisions').values({ application_id: app.id, outcome: input.outcome, amount_eur: amount === null ? null : money(amount), ...letter, decided_by: actor.id }).execute();
  await audit(tx, { userId: actor.id, entityType: 'grant_decision', entityId: app.id, action: 'create', after: { outcome: input.outcome, amount, ...letter } });
  await recordStep(tx, actor.id, app, { stepCode: step.code, outcome: 'passed', note: '', status: input.outcome, nextStep: step.code });

  if (input.outcome !== 'granted') return { callId: call.id, projectId: null };
  const code = `P-${startsOn.slice(0, 4)}-${app.id}`;
  const project = await tx.insertInto('projects').values({
    code, application_id: app.id, call_id: call.id, lead_organisation_id: app.lead_organisation_id, title: app.title,
    granted_eur: money(amount!), starts_on: startsOn, ends_on: endsOn, is_demo: app.is_demo,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId: actor.id, entityType: 'project', entityId: project.id, action: 'create', after: { code, applicationId: app.id, granted: money(amount!), startsOn, endsOn } });
  return { callId: call.id, projectId: project.id };
}

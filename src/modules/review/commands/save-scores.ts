import { audit } from '../../../plugins/audit.js';
import { alreadySubmitted, incomplete, notReviewStep, unknownCriterion } from '../errors.js';
import { currentStep, nextStep, stepsOrDefault } from '../workflow.js';
import { requireReadable } from './reviewer-access.js';
import { recordStep, type Actor, type Tx } from './shared.js';

export interface ScoreEntry { score?: number | null; motivation?: string }
export interface ScoresInput { scores: Record<string, ScoreEntry>; submit?: boolean }

/**
 * Scores per criterion (0-10) each with a motivation. Saving keeps a draft: every criterion with
 * both a score and a motivation is stored, the rest is left as it was. Submitting is all or
 * nothing: every criterion must then have both, or nothing of this save is kept. A submitted
 * review is read-only. When the last assigned reviewer without a conflict submits, the review
 * step of the application is complete and it moves on.
 */
export async function saveScores(tx: Tx, actor: Actor, applicationId: number, input: ScoresInput): Promise<{ callId: number; submitted: boolean; reviewClosed: boolean }> {
  const { app, call, review } = await requireReadable(tx, actor.id, applicationId);
  // One save at a time per review: the row is locked until this transaction ends.
  const locked = await tx.selectFrom('reviews').select('submitted_at').where('application_id', '=', app.id).where('reviewer_id', '=', actor.id).forUpdate().executeTakeFirstOrThrow();
  if (locked.submitted_at || review.submitted_at) throw alreadySubmitted(app.id);
  const step = currentStep(call.steps, app);
  if (!step || step.kind !== 'review') throw notReviewStep(app.id);
  const codes = new Set(call.criteria.map((c) => c.code));
  for (const code of Object.keys(input.scores)) if (!codes.has(code)) throw unknownCriterion(code);

  const complete = Object.entries(input.scores).filter(([, e]) => typeof e.score === 'number' && (e.motivation ?? '').trim().length > 0);
  for (const [code, e] of complete) {
    const values = { score: e.score!, motivation: e.motivation!.trim(), scored_at: new Date() };
    await tx.insertInto('review_scores').values({ application_id: app.id, reviewer_id: actor.id, criterion_code: code, ...values })
      .onConflict((oc) => oc.columns(['application_id', 'reviewer_id', 'criterion_code']).doUpdateSet(values)).execute();
  }
  await audit(tx, { userId: actor.id, entityType: 'review', entityId: `${app.id}:${actor.id}`, action: 'update', after: { scores: Object.fromEntries(complete), submit: Boolean(input.submit) } });
  if (!input.submit) return { callId: call.id, submitted: false, reviewClosed: false };

  const stored = new Set((await tx.selectFrom('review_scores').select('criterion_code')
    .where('application_id', '=', app.id).where('reviewer_id', '=', actor.id).execute()).map((s) => s.criterion_code));
  const missing = call.criteria.map((c) => c.code).filter((code) => !stored.has(code));
  if (missing.length) throw incomplete(missing);
  await tx.updateTable('reviews').set({ submitted_at: new Date() }).where('application_id', '=', app.id).where('reviewer_id', '=', actor.id).execute();
  await audit(tx, { userId: actor.id, entityType: 'review', entityId: `${app.id}:${actor.id}`, action: 'update', after: { submitted: true } });

  // Every assigned reviewer either conflicted or submitted (and at least one submitted): review done.
  const pending = await tx.selectFrom('call_reviewers as cr')
    .leftJoin('reviews as r', (j) => j.onRef('r.reviewer_id', '=', 'cr.user_id').on('r.application_id', '=', app.id))
    .select('cr.user_id').where('cr.call_id', '=', call.id)
    .where((eb) => eb.or([eb('r.reviewer_id', 'is', null), eb.and([eb('r.conflicted', '=', false), eb('r.submitted_at', 'is', null)])]))
    .executeTakeFirst();
  if (pending) return { callId: call.id, submitted: true, reviewClosed: false };
  const fresh = await tx.selectFrom('applications').selectAll().where('id', '=', app.id).forUpdate().executeTakeFirstOrThrow();
  const now = currentStep(call.steps, fresh);
  if (!now || now.code !== step.code) return { callId: call.id, submitted: true, reviewClosed: false };
  await recordStep(tx, actor.id, fresh, { stepCode: step.code, outcome: 'passed', note: 'all reviews submitted', status: 'in_review', nextStep: nextStep(stepsOrDefault(call.steps), step.code)?.code ?? step.code });
  return { callId: call.id, submitted: true, reviewClosed: true };
}

import { audit } from '../../../plugins/audit.js';
import { nothingAnswered } from '../errors.js';
import type { Tx } from '../transaction.js';
import { ensureRespondent, lockOpenAssessment } from './shared.js';

/**
 * A respondent marks their part finished ("klaar") or reopens it; both only while the assessment
 * is open. Marking what is already so changes nothing, so a double click is harmless.
 */
export async function setPartFinished(tx: Tx, userId: number, assessmentId: number, finished: boolean): Promise<Date | null> {
  await lockOpenAssessment(tx, assessmentId, 'share');
  const { finishedAt } = await ensureRespondent(tx, userId, assessmentId);
  if (Boolean(finishedAt) === finished) return finishedAt;
  if (finished) {
    const answered = await tx.selectFrom('assessment_answers').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('assessment_id', '=', assessmentId).where('user_id', '=', userId).executeTakeFirstOrThrow();
    if (Number(answered.n) === 0) throw nothingAnswered(assessmentId);
  }
  const at = finished ? new Date() : null;
  await tx.updateTable('assessment_respondents').set({ finished_at: at }).where('assessment_id', '=', assessmentId).where('user_id', '=', userId).execute();
  await audit(tx, { userId, entityType: 'assessment', entityId: assessmentId, action: 'update', before: { respondent: userId, finished: !finished }, after: { respondent: userId, finished } });
  return at;
}

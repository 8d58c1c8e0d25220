import { invalid } from '../../../plugins/errors.js';
import { loadModel } from '../../maturity/model.js';
import { answerProblems, type AnswerInput } from '../answer-rules.js';
import { questionNotInAssessment } from '../errors.js';
import { askedIn } from '../questions.js';
import type { Tx } from '../transaction.js';
import { lockAnswers, lockOpenAssessment, requireUnfinished, staleCheck, writeAnswer } from './shared.js';

/**
 * Saves one answer of the acting respondent (the autosave of the answer page and the API). A
 * resend of what is already stored is accepted as it is, so a retried autosave never conflicts.
 */
export async function saveAnswer(tx: Tx, userId: number, assessmentId: number, questionId: number, input: AnswerInput): Promise<{ changed: boolean }> {
  const assessment = await lockOpenAssessment(tx, assessmentId, 'share');
  const model = (await loadModel(tx, assessment.model_id))!;
  const question = askedIn(model, assessment.kind, questionId);
  if (!question) {
    const other = await tx.selectFrom('maturity_questions as q').innerJoin('maturity_models as m', 'm.id', 'q.model_id')
      .select('m.version').where('q.id', '=', questionId).executeTakeFirst();
    throw questionNotInAssessment(questionId, !other ? 'does not exist'
      : model.questions.has(questionId) ? 'is not part of the quick scan'
      : `belongs to model version ${other.version}, this assessment uses version ${model.version}`);
  }
  const problems = answerProblems(question, input);
  if (problems.length) throw invalid(problems);
  await requireUnfinished(tx, userId, assessmentId);
  const existing = (await lockAnswers(tx, assessmentId, userId, [questionId])).get(questionId);
  if (staleCheck(existing, input, questionId) === 'same') return { changed: false };
  await writeAnswer(tx, userId, assessmentId, question, input, existing);
  return { changed: true };
}

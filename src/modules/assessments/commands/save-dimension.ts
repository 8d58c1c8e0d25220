import { AppError, conflict, invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { loadModel } from '../../maturity/model.js';
import { answerProblems, sameAnswer, type AnswerInput } from '../answer-rules.js';
import { questionsOf } from '../questions.js';
import type { Tx } from '../transaction.js';
import { lockAnswers, lockOpenAssessment, requireUnfinished, writeAnswer } from './shared.js';

export interface DimensionEntry { questionId: number; input: AnswerInput }

/** The form field that shows an API field's error for one question. */
export const formField = (field: string, questionId: number) =>
  `${field === 'currentLevel' || field === 'notApplicable' ? 'current' : field === 'targetLevel' ? 'target' : field === 'evidenceUrl' ? 'evidence' : 'note'}-${questionId}`;

/**
 * The answer page without JavaScript: every answer of one dimension in one save. All or nothing:
 * one bad answer or one answer changed elsewhere and nothing is written, so the page can show the
 * user's input again with the reasons.
 */
export async function saveDimension(tx: Tx, userId: number, assessmentId: number, dimensionCode: string, entries: readonly DimensionEntry[]): Promise<number> {
  const assessment = await lockOpenAssessment(tx, assessmentId, 'share');
  const model = (await loadModel(tx, assessment.model_id))!;
  const group = questionsOf(model, assessment.kind).find((g) => g.dimension.code === dimensionCode);
  if (!group) throw notFound('dimension', dimensionCode);
  const errors: FieldError[] = [];
  for (const { questionId, input } of entries) {
    const question = group.questions.find((q) => q.id === questionId);
    if (!question) throw new AppError('ASSESSMENT_QUESTION_NOT_IN_ASSESSMENT', 400, `Question ${questionId} is not asked in this dimension`, [{ field: 'questionId', message: 'is not asked here', code: 'assessmentQuestion' }]);
    for (const e of answerProblems(question, input)) errors.push({ ...e, field: formField(e.field, questionId) });
  }
  if (errors.length) throw invalid(errors);
  await requireUnfinished(tx, userId, assessmentId);
  const existing = await lockAnswers(tx, assessmentId, userId, entries.map((e) => e.questionId));
  const changed = entries.filter(({ questionId, input }) => { const e = existing.get(questionId); return !e || !sameAnswer(e, input); });
  const stale = changed.filter(({ questionId, input }) => { const e = existing.get(questionId); return e && e.version !== input.version; })
    .map(({ questionId }) => ({ questionId, currentVersion: existing.get(questionId)!.version }));
  if (stale.length) {
    throw conflict('ASSESSMENT_ANSWERS_STALE', `Answers to questions ${stale.map((s) => s.questionId).join(', ')} were changed elsewhere since this page was opened`, { stale });
  }
  for (const { questionId, input } of changed) await writeAnswer(tx, userId, assessmentId, group.questions.find((q) => q.id === questionId)!, input, existing.get(questionId));
  return changed.length;
}

import { audit } from '../../../plugins/audit.js';
import { loadModel } from '../../maturity/model.js';
import { nobodyFinished } from '../errors.js';
import { questionsOf } from '../questions.js';
import { combine, scoreRespondent, type DimensionResult, type ScoredQuestion } from '../scoring.js';
import type { Tx } from '../transaction.js';
import { lockOpenAssessment } from './shared.js';

/**
 * Computes the combined result from the respondents who finished their part (scoring.ts), stores
 * it once, and closes the assessment: from then on answers and result are final.
 */
export async function submitAssessment(tx: Tx, userId: number, assessmentId: number): Promise<DimensionResult[]> {
  const assessment = await lockOpenAssessment(tx, assessmentId, 'update');
  const finished = (await tx.selectFrom('assessment_respondents').select('user_id')
    .where('assessment_id', '=', assessmentId).where('finished_at', 'is not', null).orderBy('user_id').execute()).map((r) => r.user_id);
  if (!finished.length) throw nobodyFinished(assessmentId);
  const model = (await loadModel(tx, assessment.model_id))!;
  const groups = questionsOf(model, assessment.kind);
  const questions: ScoredQuestion[] = groups.flatMap((g) => g.questions.map((q) => ({ id: q.id, dimension: q.dimension, criticalFrom: q.criticalFrom })));
  const answers = await tx.selectFrom('assessment_answers')
    .select(['user_id', 'question_id as questionId', 'current_level as currentLevel', 'target_level as targetLevel', 'not_applicable as notApplicable'])
    .where('assessment_id', '=', assessmentId).where('user_id', 'in', finished).execute();
  const scored = finished.map((id) => scoreRespondent(assessment.kind, questions, answers.filter((a) => a.user_id === id)));
  const results = combine(groups.map((g) => g.dimension.code), scored);
  if (results.length) {
    await tx.insertInto('assessment_results').values(results.map((r) => ({
      assessment_id: assessmentId, dimension_code: r.dimension, level: r.level, target_level: r.targetLevel,
      min_level: r.minLevel, max_level: r.maxLevel, respondents: r.respondents, disagreement: r.disagreement,
    }))).execute();
  }
  await tx.updateTable('assessments').set((eb) => ({ status: 'submitted', submitted_at: new Date(), version: eb('version', '+', 1) })).where('id', '=', assessmentId).execute();
  await audit(tx, {
    userId, entityType: 'assessment', entityId: assessmentId, action: 'update',
    before: { status: 'open', version: assessment.version }, after: { status: 'submitted', respondents: finished, results },
  });
  return results;
}

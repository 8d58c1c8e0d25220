import type { MaturityModel, ModelDimension, ModelQuestion } from '../maturity/model.js';
import type { AssessmentKind } from './scoring.js';

export interface DimensionQuestions { dimension: ModelDimension; questions: ModelQuestion[] }

/**
 * The questions an assessment asks, per dimension in the model's order: every question for a
 * full assessment, only the quick-scan ones for a quick scan. Dimensions without any question of
 * this kind are left out, so nobody is sent to an empty page.
 */
export function questionsOf(model: MaturityModel, kind: AssessmentKind): DimensionQuestions[] {
  return model.dimensions
    .map((dimension) => ({ dimension, questions: dimension.questions.filter((q) => kind === 'full' || q.quickScan) }))
    .filter((d) => d.questions.length > 0);
}

/** Whether a question id belongs to this assessment: the same model version and, for a quick scan, a quick-scan question. */
export function askedIn(model: MaturityModel, kind: AssessmentKind, questionId: number): ModelQuestion | undefined {
  const q = model.questions.get(questionId);
  return q && (kind === 'full' || q.quickScan) ? q : undefined;
}

export interface DimensionProgress { code: string; answered: number; total: number }
export interface Progress { answered: number; total: number; dimensions: DimensionProgress[] }

/** Answered means a level or "not applicable" was given; a note alone does not count. */
export function progressOf(groups: readonly DimensionQuestions[], answered: ReadonlySet<number>): Progress {
  const dimensions = groups.map(({ dimension, questions }) => ({
    code: dimension.code, answered: questions.filter((q) => answered.has(q.id)).length, total: questions.length,
  }));
  return {
    answered: dimensions.reduce((n, d) => n + d.answered, 0),
    total: dimensions.reduce((n, d) => n + d.total, 0),
    dimensions,
  };
}

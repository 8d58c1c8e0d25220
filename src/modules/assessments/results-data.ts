import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MaturityModel, ModelLevel, ModelQuestion, ModelStep, Texts } from '../maturity/model.js';
import type { Rights } from './guard.js';
import { answersOf, resultsOf, respondentsOf, type AnswerRecord, type AssessmentRecord, type RespondentRecord, type ResultRecord } from './queries.js';
import { questionsOf } from './questions.js';
import { scoreRespondent, type ScoredQuestion } from './scoring.js';

export interface RespondentLevel { userId: number; name: string; position: string; level: number | null; target: number | null }

export interface ResultDimension {
  code: string;
  name: Texts;
  /** Null: nobody gave a level in this dimension ("not answered"). */
  result: ResultRecord | null;
  /** What the reached level means in this dimension (level 0: the scale's own description). */
  meaning: Texts | null;
  /** The level above, what it means here and the steps toward it; null at the top or without result. */
  next: { level: number; meaning: Texts | null; steps: ModelStep[] } | null;
  /** Critical questions that held at least one respondent's level down. */
  cappedBy: ModelQuestion[];
  /** Per respondent, only for members and only where respondents disagree. */
  respondents: RespondentLevel[] | null;
}

export interface ResultsData {
  assessment: AssessmentRecord;
  model: MaturityModel;
  levels: ModelLevel[];
  dimensions: ResultDimension[];
  /** Respondents whose answers make the result (those who had finished at submission). */
  counted: number;
  /** Whether the individual answers are kept (demo results are stored without them). */
  hasAnswers: boolean;
}

export const levelOf = (model: MaturityModel, level: number | null | undefined): ModelLevel | undefined =>
  level === null || level === undefined ? undefined : model.levels.find((l) => l.level === level);

/**
 * Everything the results page, its CSV, PDF and JSON show. Per-respondent levels are scored again
 * from the stored answers with the same rules; answers cannot change after submission, so they
 * match what the result was computed from.
 */
export async function gatherResults(db: Kysely<Database>, assessment: AssessmentRecord, model: MaturityModel, rights: Rights): Promise<ResultsData> {
  const [results, respondents] = await Promise.all([resultsOf(db, assessment.id), respondentsOf(db, [assessment.id])]);
  const answers = await answersOf(db, assessment.id, respondents.filter((r) => r.finishedAt !== null).map((r) => r.userId));
  return composeResults(assessment, model, rights, { results, respondents, answers });
}

/** What the results are made of, as read from the database (see gatherResults and frozen-results). */
export interface ResultsSource {
  results: ResultRecord[];
  respondents: Array<Pick<RespondentRecord, 'userId' | 'name' | 'position' | 'finishedAt'>>;
  /** The answers of the respondents who had finished. */
  answers: Array<Pick<AnswerRecord, 'userId' | 'questionId' | 'currentLevel' | 'targetLevel' | 'notApplicable'>>;
}

export function composeResults(assessment: AssessmentRecord, model: MaturityModel, rights: Rights, { results, respondents, answers }: ResultsSource): ResultsData {
  const finished = respondents.filter((r) => r.finishedAt !== null);
  const groups = questionsOf(model, assessment.kind);
  const questions: ScoredQuestion[] = groups.flatMap((g) => g.questions.map((q) => ({ id: q.id, dimension: q.dimension, criticalFrom: q.criticalFrom })));
  const scored = finished.map((r) => ({ r, dims: scoreRespondent(assessment.kind, questions, answers.filter((a) => a.userId === r.userId)) }));
  const byCode = new Map(results.map((r) => [r.dimensionCode, r]));
  const dimensions = model.dimensions.filter((d) => groups.some((g) => g.dimension.code === d.code) || byCode.has(d.code)).map((d): ResultDimension => {
    const result = byCode.get(d.code) ?? null;
    const level = result?.level ?? null;
    const capIds = new Set(scored.flatMap((s) => s.dims.get(d.code)?.cappedBy ?? []));
    const nextLevel = level !== null && level < 5 ? level + 1 : null;
    return {
      code: d.code, name: d.name, result,
      meaning: level === null ? null : level === 0 ? levelOf(model, 0)?.description ?? null : d.meanings[level] ?? null,
      next: nextLevel === null ? null : { level: nextLevel, meaning: d.meanings[nextLevel] ?? null, steps: d.steps[nextLevel] ?? [] },
      cappedBy: d.questions.filter((q) => capIds.has(q.id)),
      respondents: rights.answers && result?.disagreement
        ? scored.map(({ r, dims }) => ({ userId: r.userId, name: r.name, position: r.position, level: dims.get(d.code)?.level ?? null, target: dims.get(d.code)?.target ?? null }))
        : null,
    };
  });
  return {
    assessment, model, levels: model.levels, dimensions,
    counted: finished.length || Math.max(0, ...results.map((r) => r.respondents)),
    hasAnswers: answers.length > 0,
  };
}

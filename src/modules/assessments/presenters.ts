import type { MaturityModel, Texts } from '../maturity/model.js';
import type { Rights } from './guard.js';
import type { AnswerRecord, AssessmentRecord, RespondentRecord } from './queries.js';
import type { DimensionQuestions, Progress } from './questions.js';
import type { ResultsData } from './results-data.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface RespondentView { userId: number; name: string; position: string; answered: number; finished: boolean; finishedAt: string | null }

export interface AssessmentSummary {
  id: number; organisationId: number; kind: 'quick' | 'full'; status: 'open' | 'submitted';
  model: { id: number; version: number }; startedAt: string; submittedAt: string | null; isDemo: boolean; version: number;
  questions: number; respondentCount: number; finishedCount: number;
  /** Names and progress: members only; others see the counts. */
  respondents: RespondentView[] | null;
  links: { self: string; page: string | null; results: string | null };
}

export function presentSummary(a: AssessmentRecord, questions: number, respondents: readonly RespondentRecord[], rights: Rights): AssessmentSummary {
  const mine = respondents.filter((r) => r.assessmentId === a.id);
  return {
    id: a.id, organisationId: a.organisationId, kind: a.kind, status: a.status, model: { id: a.modelId, version: a.modelVersion },
    startedAt: a.startedAt.toISOString(), submittedAt: iso(a.submittedAt), isDemo: a.isDemo, version: a.version,
    questions, respondentCount: mine.length, finishedCount: mine.filter((r) => r.finishedAt).length,
    respondents: rights.answers
      ? mine.map((r) => ({ userId: r.userId, name: r.name, position: r.position, answered: r.answered, finished: r.finishedAt !== null, finishedAt: iso(r.finishedAt) }))
      : null,
    links: {
      self: `/api/assessments/${a.id}`,
      page: rights.answer ? `/assessments/${a.id}` : null,
      results: a.status === 'submitted' ? `/assessments/${a.id}/results` : null,
    },
  };
}

export function presentAnswer(a: AnswerRecord) {
  return {
    questionId: a.questionId, currentLevel: a.currentLevel, targetLevel: a.targetLevel, notApplicable: a.notApplicable,
    note: a.note, evidenceUrl: a.evidenceUrl, version: a.version, updatedAt: a.updatedAt.toISOString(),
  };
}

export function presentModel(model: MaturityModel, groups: readonly DimensionQuestions[]) {
  return {
    levels: model.levels.map((l) => ({ level: l.level, name: l.name, description: l.description })),
    dimensions: groups.map((g) => ({
      code: g.dimension.code, name: g.dimension.name, description: g.dimension.description,
      questions: g.questions.map((q) => ({ id: q.id, code: q.code, text: q.text, help: q.help, criticalFrom: q.criticalFrom, allowsNotApplicable: q.allowsNotApplicable })),
    })),
  };
}

export const presentProgress = (p: Progress) => ({ answered: p.answered, total: p.total, dimensions: p.dimensions });

export function presentResults(data: ResultsData, rules: Array<{ id: string; text: Texts }>) {
  const a = data.assessment;
  const name = (level: number | null | undefined) => (level === null || level === undefined ? null : data.levels.find((l) => l.level === level)?.name ?? null);
  return {
    assessment: {
      id: a.id, organisationId: a.organisationId, kind: a.kind, model: { id: a.modelId, version: a.modelVersion },
      submittedAt: iso(a.submittedAt), isDemo: a.isDemo,
    },
    countedRespondents: data.counted,
    dimensions: data.dimensions.map((d) => ({
      code: d.code, name: d.name, answered: d.result !== null,
      level: d.result?.level ?? null, levelName: name(d.result?.level),
      targetLevel: d.result?.targetLevel ?? null, targetName: name(d.result?.targetLevel),
      minLevel: d.result?.minLevel ?? null, maxLevel: d.result?.maxLevel ?? null,
      respondents: d.result?.respondents ?? 0, disagreement: d.result?.disagreement ?? false,
      meaning: d.meaning,
      next: d.next ? { level: d.next.level, meaning: d.next.meaning, steps: d.next.steps.map((s) => s.text) } : null,
      cappedBy: d.cappedBy.map((q) => ({ code: q.code, text: q.text, criticalFrom: q.criticalFrom })),
      respondentLevels: d.respondents ? d.respondents.map((r) => ({ name: r.name, position: r.position, level: r.level, target: r.target })) : null,
    })),
    rules,
    links: { page: `/assessments/${a.id}/results`, csv: `/assessments/${a.id}/results.csv`, pdf: `/assessments/${a.id}/results.pdf` },
  };
}

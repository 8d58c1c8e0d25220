import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import type { ModelQuestion } from '../../maturity/model.js';
import { sameAnswer, type AnswerInput } from '../answer-rules.js';
import { partFinished, staleAnswer, submitted } from '../errors.js';
import type { Tx } from '../transaction.js';

export interface LockedAssessment { id: number; organisation_id: number; model_id: number; kind: 'quick' | 'full'; status: 'open' | 'submitted'; version: number }

/**
 * Answer writes hold the assessment row in share mode and submitting holds it exclusively, so an
 * answer saved while someone submits lands either before the result is computed or not at all.
 */
export async function lockOpenAssessment(tx: Tx, id: number, mode: 'share' | 'update'): Promise<LockedAssessment> {
  const query = tx.selectFrom('assessments').select(['id', 'organisation_id', 'model_id', 'kind', 'status', 'version']).where('id', '=', id);
  const row = await (mode === 'share' ? query.forShare() : query.forUpdate()).executeTakeFirst();
  if (!row) throw notFound('assessment', id);
  if (row.status === 'submitted') throw submitted(id);
  return row;
}

/** The respondent row is made on the first visit or answer; returns whether this user has finished. */
export async function ensureRespondent(tx: Tx, userId: number, assessmentId: number): Promise<{ finishedAt: Date | null; joined: boolean }> {
  const inserted = await tx.insertInto('assessment_respondents').values({ assessment_id: assessmentId, user_id: userId })
    .onConflict((oc) => oc.columns(['assessment_id', 'user_id']).doNothing()).returning('user_id').executeTakeFirst();
  if (inserted) await audit(tx, { userId, entityType: 'assessment', entityId: assessmentId, action: 'update', after: { respondentJoined: userId } });
  const row = await tx.selectFrom('assessment_respondents').select('finished_at')
    .where('assessment_id', '=', assessmentId).where('user_id', '=', userId).forUpdate().executeTakeFirstOrThrow();
  return { finishedAt: row.finished_at, joined: Boolean(inserted) };
}

export async function requireUnfinished(tx: Tx, userId: number, assessmentId: number): Promise<void> {
  const { finishedAt } = await ensureRespondent(tx, userId, assessmentId);
  if (finishedAt) throw partFinished(assessmentId);
}

const ANSWER_COLUMNS = ['question_id', 'current_level', 'target_level', 'not_applicable', 'note', 'evidence_url', 'version', 'updated_at'] as const;

export interface LockedAnswer {
  question_id: number; current_level: number | null; target_level: number | null; not_applicable: boolean;
  note: string; evidence_url: string | null; version: number; updated_at: Date;
}

export async function lockAnswers(tx: Tx, assessmentId: number, userId: number, questionIds: readonly number[]): Promise<Map<number, LockedAnswer>> {
  if (!questionIds.length) return new Map();
  const rows = await tx.selectFrom('assessment_answers').select([...ANSWER_COLUMNS])
    .where('assessment_id', '=', assessmentId).where('user_id', '=', userId).where('question_id', 'in', questionIds).forUpdate().execute();
  return new Map(rows.map((r) => [r.question_id, r]));
}

export const snapshot = (a: { current_level: number | null; target_level: number | null; not_applicable: boolean; note: string; evidence_url: string | null; version: number }) => ({
  currentLevel: a.current_level, targetLevel: a.target_level, notApplicable: a.not_applicable, note: a.note, evidenceUrl: a.evidence_url, version: a.version,
});

/** 'same' when the stored answer already says this (a resent autosave): nothing to write, no conflict. */
export function staleCheck(existing: LockedAnswer | undefined, input: AnswerInput, questionId: number): 'same' | 'write' {
  if (!existing) return 'write';
  if (sameAnswer(existing, input)) return 'same';
  if (existing.version !== input.version) throw staleAnswer(questionId, existing.version, input.version, snapshot(existing));
  return 'write';
}

/** Writes one answer (the checks are done) and its audit record; returns the new version. */
export async function writeAnswer(tx: Tx, userId: number, assessmentId: number, question: ModelQuestion, input: AnswerInput, existing: LockedAnswer | undefined): Promise<number> {
  const values = {
    current_level: input.currentLevel, target_level: input.targetLevel, not_applicable: input.notApplicable,
    note: input.note, evidence_url: input.evidenceUrl, updated_at: new Date(),
  };
  const version = existing ? existing.version + 1 : 1;
  if (existing) {
    await tx.updateTable('assessment_answers').set({ ...values, version })
      .where('assessment_id', '=', assessmentId).where('user_id', '=', userId).where('question_id', '=', question.id).execute();
  } else {
    await tx.insertInto('assessment_answers').values({ ...values, assessment_id: assessmentId, user_id: userId, question_id: question.id, version }).execute();
  }
  await audit(tx, {
    userId, entityType: 'assessment_answer', entityId: `${assessmentId}:${userId}:${question.id}`, action: existing ? 'update' : 'create',
    before: existing ? snapshot(existing) : undefined, after: { question: question.code, ...snapshot({ ...values, version }) },
  });
  return version;
}

import type { FieldError } from '../../plugins/errors.js';
import type { ModelQuestion } from '../maturity/model.js';

/** What one respondent says about one question, as the API and the form both hand it over. */
export interface AnswerInput {
  currentLevel: number | null;
  targetLevel: number | null;
  notApplicable: boolean;
  note: string;
  evidenceUrl: string | null;
  /** The version of the stored answer this edit starts from; 0 when there was none. */
  version: number;
}

export const NOTE_MAX = 4000;
export const URL_MAX = 2000;

/** An evidence link must be a web address someone else can open: http or https with a host. */
export function evidenceProblem(url: string): string | null {
  if (url.length > URL_MAX) return `must be at most ${URL_MAX} characters`;
  let parsed: URL;
  try { parsed = new URL(url); } catch { return 'is not a web address (start with https://)'; }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must start with http:// or https://';
  if (!parsed.hostname) return 'has no host name';
  return null;
}

/**
 * The business rules of one answer, every broken one named by its field (the fields of the API
 * body). The level range itself is checked by the schema; this is checked again here because the
 * HTML form reaches it without that schema.
 */
export function answerProblems(question: ModelQuestion, input: AnswerInput): FieldError[] {
  const errors: FieldError[] = [];
  const level = (v: number | null) => v === null || (Number.isInteger(v) && v >= 0 && v <= 5);
  if (!level(input.currentLevel)) errors.push({ field: 'currentLevel', message: 'must be a level from 0 to 5', code: 'assessmentLevelRange' });
  if (!level(input.targetLevel)) errors.push({ field: 'targetLevel', message: 'must be a level from 0 to 5', code: 'assessmentTargetRange' });
  if (input.notApplicable) {
    if (!question.allowsNotApplicable) errors.push({ field: 'notApplicable', message: `question ${question.code} cannot be answered "not applicable"`, code: 'assessmentNotApplicableRefused' });
    if (input.currentLevel !== null) errors.push({ field: 'currentLevel', message: 'must be empty when the question is not applicable', code: 'assessmentLevelWithNotApplicable' });
    if (input.targetLevel !== null) errors.push({ field: 'targetLevel', message: 'must be empty when the question is not applicable', code: 'assessmentTargetWithNotApplicable' });
  } else if (input.currentLevel === null) {
    errors.push({ field: 'currentLevel', message: 'choose a level from 0 to 5, or "not applicable"', code: 'assessmentLevelRequired' });
  }
  if (input.note.length > NOTE_MAX) errors.push({ field: 'note', message: `must be at most ${NOTE_MAX} characters`, code: 'maxLength' });
  if (input.note.includes('\u0000')) errors.push({ field: 'note', message: 'contains a character that cannot be stored', code: 'pattern' });
  if (input.evidenceUrl !== null) {
    const problem = evidenceProblem(input.evidenceUrl);
    if (problem) errors.push({ field: 'evidenceUrl', message: problem, code: 'assessmentEvidenceUrl' });
  }
  return errors;
}

/** The stored columns of an answer, normalised so that equal answers compare equal. */
export interface StoredAnswer { current_level: number | null; target_level: number | null; not_applicable: boolean; note: string; evidence_url: string | null }

export function sameAnswer(stored: StoredAnswer, input: AnswerInput): boolean {
  return stored.current_level === input.currentLevel && stored.target_level === input.targetLevel && stored.not_applicable === input.notApplicable
    && stored.note === input.note && (stored.evidence_url ?? null) === input.evidenceUrl;
}

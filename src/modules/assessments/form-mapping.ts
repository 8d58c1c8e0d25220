import type { FieldError } from '../../plugins/errors.js';
import type { ModelQuestion } from '../maturity/model.js';
import type { AnswerInput } from './answer-rules.js';
import type { DimensionEntry } from './commands/save-dimension.js';
import type { AnswerRecord } from './queries.js';

/** One question's fields on the answer page, as typed (strings), so a refused save shows them again. */
export interface QuestionForm { current: string; target: string; note: string; evidence: string; version: string }

const LEVEL = /^[0-5]$/;

export function formFromAnswer(answer: AnswerRecord | undefined): QuestionForm {
  if (!answer) return { current: '', target: '', note: '', evidence: '', version: '0' };
  return {
    current: answer.notApplicable ? 'na' : String(answer.currentLevel ?? ''),
    target: answer.targetLevel === null ? '' : String(answer.targetLevel),
    note: answer.note, evidence: answer.evidenceUrl ?? '', version: String(answer.version),
  };
}

const text = (body: Record<string, unknown>, name: string) => {
  const v = body[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
};

/**
 * Reads the fields of one dimension page (`current-<id>`, `target-<id>`, `note-<id>`,
 * `evidence-<id>`, `version-<id>`). A question counts as answered on this page when anything was
 * given for it or it had an answer already; untouched questions are left alone.
 */
export function readDimensionForm(raw: unknown, questions: readonly ModelQuestion[], existing: ReadonlyMap<number, AnswerRecord>) {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const forms: Record<number, QuestionForm> = {};
  const entries: DimensionEntry[] = [];
  const errors: FieldError[] = [];
  for (const q of questions) {
    const form: QuestionForm = {
      current: text(body, `current-${q.id}`).trim(), target: text(body, `target-${q.id}`).trim(),
      note: text(body, `note-${q.id}`).replace(/\r\n/g, '\n').trim(), evidence: text(body, `evidence-${q.id}`).trim(), version: text(body, `version-${q.id}`).trim(),
    };
    forms[q.id] = form;
    const touched = form.current !== '' || form.target !== '' || form.note !== '' || form.evidence !== '' || existing.has(q.id);
    if (!touched) continue;
    let bad = false;
    if (form.current !== '' && form.current !== 'na' && !LEVEL.test(form.current)) { errors.push({ field: `current-${q.id}`, message: 'must be a level from 0 to 5', code: 'assessmentLevelRange' }); bad = true; }
    if (form.target !== '' && !LEVEL.test(form.target)) { errors.push({ field: `target-${q.id}`, message: 'must be a level from 0 to 5', code: 'assessmentTargetRange' }); bad = true; }
    if (bad) continue;
    const input: AnswerInput = {
      currentLevel: form.current === '' || form.current === 'na' ? null : Number(form.current),
      targetLevel: form.target === '' ? null : Number(form.target),
      notApplicable: form.current === 'na',
      note: form.note,
      evidenceUrl: form.evidence === '' ? null : form.evidence,
      version: /^\d{1,9}$/.test(form.version) ? Number(form.version) : 0,
    };
    entries.push({ questionId: q.id, input });
  }
  return { forms, entries, errors };
}

import { invalid, notFound } from '../../../plugins/errors.js';
import { codeTaken } from '../errors.js';
import type { QuestionInput } from '../schemas.js';
import { auditChange, dimensionCodes, lockDraft, questionCodesIn, renumberQuestions, touchDraft, type Tx } from './shared.js';

const fields = (input: QuestionInput) => ({
  text_nl: input.text.nl.trim(), text_en: input.text.en.trim(),
  help_nl: (input.help?.nl ?? '').trim(), help_en: (input.help?.en ?? '').trim(),
  in_quick_scan: input.quickScan ?? false, critical_from: input.criticalFrom ?? null, allows_not_applicable: input.allowsNotApplicable ?? false,
});

export async function createQuestion(tx: Tx, userId: number, version: number, input: QuestionInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  await checkDimension(tx, draft.id, input.dimension);
  if (await questionRow(tx, draft.id, input.code)) throw codeTaken('question', input.code);
  await tx.insertInto('maturity_questions').values({ model_id: draft.id, dimension_code: input.dimension, code: input.code, position: 1000, ...fields(input) }).execute();
  await place(tx, draft.id, input.dimension, input.code, input.position);
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_question', `${version}/${input.code}`, 'create', 'question.create', undefined, await questionSnapshot(tx, draft.id, input.code));
  return rowVersion;
}

/** Edits a question; a new dimension moves it there (at the end unless a position is given). */
export async function updateQuestion(tx: Tx, userId: number, version: number, code: string, input: QuestionInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  const row = await questionRow(tx, draft.id, code);
  if (!row) throw notFound('question', `${version}/${code}`);
  await checkDimension(tx, draft.id, input.dimension);
  if (input.code !== code && await questionRow(tx, draft.id, input.code)) throw codeTaken('question', input.code);
  const before = await questionSnapshot(tx, draft.id, code);
  await tx.updateTable('maturity_questions').set({ code: input.code, dimension_code: input.dimension, ...fields(input) })
    .where('model_id', '=', draft.id).where('code', '=', code).execute();
  const movedAway = row.dimension_code !== input.dimension;
  // Staying put keeps its place unless a new one is asked for; moving puts it last by default.
  const position = input.position ?? (movedAway ? undefined : row.position);
  await place(tx, draft.id, input.dimension, input.code, position);
  if (movedAway) await renumberQuestions(tx, draft.id, await questionCodesIn(tx, draft.id, row.dimension_code));
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_question', `${version}/${input.code}`, 'update',
    movedAway ? `question.move ${row.dimension_code} -> ${input.dimension}` : 'question.update', before, await questionSnapshot(tx, draft.id, input.code));
  return rowVersion;
}

async function checkDimension(tx: Tx, modelId: number, dimension: string) {
  if (!(await dimensionCodes(tx, modelId)).includes(dimension)) {
    throw invalid([{ field: 'dimension', message: `dimension ${dimension} does not exist in this version`, code: 'reference' }]);
  }
}

async function questionRow(tx: Tx, modelId: number, code: string) {
  return tx.selectFrom('maturity_questions').select(['id', 'dimension_code', 'position']).where('model_id', '=', modelId).where('code', '=', code).executeTakeFirst();
}

/** Puts the question at a 1-based place among its dimension's questions (clamped), or last. */
export async function place(tx: Tx, modelId: number, dimension: string, code: string, position: number | undefined) {
  const others = (await questionCodesIn(tx, modelId, dimension)).filter((c) => c !== code);
  const at = position === undefined ? others.length : Math.min(Math.max(position - 1, 0), others.length);
  others.splice(at, 0, code);
  await renumberQuestions(tx, modelId, others);
}

export async function questionSnapshot(tx: Tx, modelId: number, code: string) {
  const q = await tx.selectFrom('maturity_questions').selectAll().where('model_id', '=', modelId).where('code', '=', code).executeTakeFirst();
  if (!q) return null;
  return {
    code: q.code, dimension: q.dimension_code, position: q.position, text: { nl: q.text_nl, en: q.text_en }, help: { nl: q.help_nl, en: q.help_en },
    quickScan: q.in_quick_scan, criticalFrom: q.critical_from, allowsNotApplicable: q.allows_not_applicable,
  };
}

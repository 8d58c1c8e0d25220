import { notFound } from '../../../plugins/errors.js';
import { dimensionSnapshot } from './save-dimension.js';
import { auditChange, dimensionCodes, lockDraft, renumberDimensions, touchDraft, type Tx } from './shared.js';

/**
 * Removes a dimension from the draft with its questions, meanings and steps. Draft questions
 * are never answered (assessments use published versions), so nothing else refers to them.
 */
export async function removeDimension(tx: Tx, userId: number, version: number, code: string, rowVersion: number): Promise<number> {
  const draft = await lockDraft(tx, version, rowVersion);
  const before = await dimensionSnapshot(tx, draft.id, code);
  if (!before) throw notFound('dimension', `${version}/${code}`);
  const questions = await tx.selectFrom('maturity_questions').select(['code', 'text_nl', 'text_en']).where('model_id', '=', draft.id).where('dimension_code', '=', code).execute();
  await tx.deleteFrom('maturity_questions').where('model_id', '=', draft.id).where('dimension_code', '=', code).execute();
  await tx.deleteFrom('maturity_steps').where('model_id', '=', draft.id).where('dimension_code', '=', code).execute();
  await tx.deleteFrom('maturity_dimension_levels').where('model_id', '=', draft.id).where('dimension_code', '=', code).execute();
  await tx.deleteFrom('maturity_dimension_map').where('to_model_id', '=', draft.id).where('to_code', '=', code).execute();
  await tx.deleteFrom('maturity_dimensions').where('model_id', '=', draft.id).where('code', '=', code).execute();
  await renumberDimensions(tx, draft.id, await dimensionCodes(tx, draft.id));
  const next = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_dimension', `${version}/${code}`, 'delete', 'dimension.remove',
    { ...before, questions: questions.map((q) => ({ code: q.code, text: { nl: q.text_nl, en: q.text_en } })) });
  return next;
}

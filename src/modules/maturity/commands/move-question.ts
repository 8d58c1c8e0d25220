import { notFound } from '../../../plugins/errors.js';
import { moved } from './order-dimensions.js';
import { auditChange, lockDraft, questionCodesIn, renumberQuestions, touchDraft, type Tx } from './shared.js';

/** One place up or down within its dimension, for the buttons beside each question. */
export async function moveQuestion(tx: Tx, userId: number, version: number, code: string, direction: 'up' | 'down', rowVersion: number): Promise<number> {
  const draft = await lockDraft(tx, version, rowVersion);
  const row = await tx.selectFrom('maturity_questions').select('dimension_code').where('model_id', '=', draft.id).where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('question', `${version}/${code}`);
  const order = await questionCodesIn(tx, draft.id, row.dimension_code);
  const next = moved(order, code, direction);
  await renumberQuestions(tx, draft.id, next);
  const rowVersion2 = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_question', `${version}/${code}`, 'update', `question.${direction}`, { order }, { order: next });
  return rowVersion2;
}

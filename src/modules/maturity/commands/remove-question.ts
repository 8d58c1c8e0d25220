import { notFound } from '../../../plugins/errors.js';
import { questionSnapshot } from './save-question.js';
import { auditChange, lockDraft, questionCodesIn, renumberQuestions, touchDraft, type Tx } from './shared.js';

export async function removeQuestion(tx: Tx, userId: number, version: number, code: string, rowVersion: number): Promise<number> {
  const draft = await lockDraft(tx, version, rowVersion);
  const before = await questionSnapshot(tx, draft.id, code);
  if (!before) throw notFound('question', `${version}/${code}`);
  await tx.deleteFrom('maturity_questions').where('model_id', '=', draft.id).where('code', '=', code).execute();
  await renumberQuestions(tx, draft.id, await questionCodesIn(tx, draft.id, before.dimension));
  const next = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_question', `${version}/${code}`, 'delete', 'question.remove', before);
  return next;
}

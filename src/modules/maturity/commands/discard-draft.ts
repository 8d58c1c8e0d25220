import { auditChange, lockDraft, type Tx } from './shared.js';

/** Throws a draft away with all its content; only drafts can go, nobody ever answered them. */
export async function discardDraft(tx: Tx, userId: number, version: number, rowVersion: number): Promise<void> {
  const draft = await lockDraft(tx, version, rowVersion);
  const counts = await tx.selectFrom('maturity_questions').select((eb) => eb.fn.countAll<number>().as('n')).where('model_id', '=', draft.id).executeTakeFirstOrThrow();
  await tx.deleteFrom('maturity_dimension_map').where('to_model_id', '=', draft.id).execute();
  await tx.deleteFrom('maturity_questions').where('model_id', '=', draft.id).execute();
  await tx.deleteFrom('maturity_steps').where('model_id', '=', draft.id).execute();
  await tx.deleteFrom('maturity_dimension_levels').where('model_id', '=', draft.id).execute();
  await tx.deleteFrom('maturity_dimensions').where('model_id', '=', draft.id).execute();
  await tx.deleteFrom('maturity_levels').where('model_id', '=', draft.id).execute();
  await tx.deleteFrom('maturity_models').where('id', '=', draft.id).execute();
  await auditChange(tx, userId, 'maturity_model', String(version), 'delete', 'draft.discard', { status: 'draft', questions: Number(counts.n) });
}

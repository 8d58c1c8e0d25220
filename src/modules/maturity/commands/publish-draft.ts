import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { notPublishable } from '../errors.js';
import { forgetModel, loadModel } from '../model.js';
import { asFieldErrors, publishProblems, type PublishProblem } from '../publish-rules.js';
import { previousVersion } from './set-mappings.js';
import { auditChange, dimensionCodes, lockDraft, type Tx } from './shared.js';

/** The publishing rules applied to a draft as it stands (also shown before the button is pressed). */
export async function checkDraft(db: Kysely<Database> | Tx, draftId: number): Promise<{ problems: PublishProblem[]; previous: { id: number; version: number } | undefined }> {
  forgetModel(draftId);
  const model = (await loadModel(db, draftId))!;
  const previous = await previousVersion(db);
  const mapped = previous
    ? (await db.selectFrom('maturity_dimension_map').select('from_code').where('from_model_id', '=', previous.id).where('to_model_id', '=', draftId).execute()).map((r) => r.from_code)
    : [];
  const codes = previous ? await dimensionCodes(db, previous.id) : [];
  return { problems: publishProblems(model, previous ? { version: previous.version, codes } : null, mapped), previous };
}

/**
 * Publishing makes the draft the version new assessments use. Every version published before is
 * retired: it keeps its content and its assessments keep pointing at it, but nobody starts new
 * ones with it. Nothing of a published or retired version can change afterwards.
 */
export async function publishDraft(tx: Tx, userId: number, version: number, rowVersion: number): Promise<{ retired: number[] }> {
  const draft = await lockDraft(tx, version, rowVersion);
  const { problems } = await checkDraft(tx, draft.id);
  if (problems.length) throw notPublishable(version, asFieldErrors(problems));
  const now = new Date();
  const retired = await tx.updateTable('maturity_models').set({ status: 'retired', updated_at: now })
    .where('status', '=', 'published').returning(['id', 'version']).execute();
  await tx.updateTable('maturity_models').set({ status: 'published', published_at: now, updated_at: now, row_version: draft.rowVersion + 1 })
    .where('id', '=', draft.id).execute();
  for (const r of retired) {
    await auditChange(tx, userId, 'maturity_model', String(r.version), 'retire', 'version.retire', { status: 'published' }, { status: 'retired', replacedBy: version });
  }
  await auditChange(tx, userId, 'maturity_model', String(version), 'update', 'version.publish', { status: 'draft' }, { status: 'published', publishedAt: now.toISOString(), retired: retired.map((r) => r.version) });
  // The process keeps finished versions in memory: the new one must be read again as published,
  // the retired ones with their new status.
  forgetModel(draft.id);
  for (const r of retired) forgetModel(r.id);
  return { retired: retired.map((r) => r.version) };
}

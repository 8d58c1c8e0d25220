import type { UpdateNoteInput } from '../schemas.js';
import { auditChange, lockDraft, touchDraft, type Tx } from './shared.js';

/** The version note says what changed and why: readers see it in the version list. */
export async function updateNote(tx: Tx, userId: number, version: number, input: UpdateNoteInput): Promise<number> {
  const draft = await lockDraft(tx, version, input.rowVersion);
  const before = await tx.selectFrom('maturity_models').select(['note_nl', 'note_en']).where('id', '=', draft.id).executeTakeFirstOrThrow();
  await tx.updateTable('maturity_models').set({ note_nl: input.note.nl.trim(), note_en: input.note.en.trim() }).where('id', '=', draft.id).execute();
  const rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_model', String(version), 'update', 'note.update',
    { note: { nl: before.note_nl, en: before.note_en } }, { note: input.note });
  return rowVersion;
}

import { audit } from '../../../plugins/audit.js';
import { invalid, notFound } from '../../../plugins/errors.js';
import { publicationFrozen, publicationStale } from '../errors.js';
import type { RefreshPublicationInput } from '../schemas.js';
import { buildContent, contentDigest } from '../snapshot.js';
import { publicationSnapshot } from './prepare-publication.js';
import type { Tx } from './shared.js';

/**
 * Re-freezes an unpublished version from the meeting as it is now. A published version is never
 * edited in place. New content has not been approved by anyone, so the version is a draft again.
 */
export async function refreshPublication(tx: Tx, userId: number | null, id: number, input: RefreshPublicationInput): Promise<number> {
  const row = await tx.selectFrom('publications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('publication', id);
  if (row.status === 'published') throw publicationFrozen(id);
  const current = contentDigest(row.content);
  if (current !== input.digest) throw publicationStale(id, current);
  const kept = (row.content as { note?: { nl: string; en: string } | null }).note ?? null;
  const note = input.note ? { nl: input.note.nl.trim(), en: input.note.en.trim() } : kept;
  if (row.correction_of !== null && !note) throw invalid([{ field: 'note', message: 'a correction must say what it changes', code: 'required' }]);
  const before = await publicationSnapshot(tx, id);
  const content = await buildContent(tx, row.meeting_id, row.kind, note);
  await tx.updateTable('publications').set({ content: JSON.stringify(content), status: 'draft', approved_at: null }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'publication', entityId: id, action: 'update', before, after: await publicationSnapshot(tx, id) });
  return id;
}

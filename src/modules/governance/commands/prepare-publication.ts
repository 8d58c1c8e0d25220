import { audit } from '../../../plugins/audit.js';
import { invalid } from '../../../plugins/errors.js';
import { publicationPending } from '../errors.js';
import type { PreparePublicationInput } from '../schemas.js';
import { buildContent, contentDigest } from '../snapshot.js';
import { lockMeeting, type Tx } from './shared.js';

export async function publicationSnapshot(tx: Tx, id: number) {
  const p = await tx.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
  if (!p) return null;
  return {
    meeting: p.meeting_id, kind: p.kind, version: p.version, status: p.status, correctionOf: p.correction_of,
    digest: contentDigest(p.content), note: (p.content as { note?: unknown }).note ?? null,
  };
}

/**
 * Freezes the current agenda, decision list or minutes of a meeting as a new draft version.
 * Once a version is published, the next one is a correction of it and must say what it corrects.
 */
export async function preparePublication(tx: Tx, userId: number | null, meetingId: number, input: PreparePublicationInput): Promise<number> {
  await lockMeeting(tx, meetingId);
  const latest = await tx.selectFrom('publications').select(['id', 'version', 'status'])
    .where('meeting_id', '=', meetingId).where('kind', '=', input.kind).orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (latest && latest.status !== 'published') throw publicationPending(input.kind, latest.version);
  const note = input.note?.nl.trim() && input.note.en.trim() ? { nl: input.note.nl.trim(), en: input.note.en.trim() } : null;
  if (latest && !note) throw invalid([{ field: 'note', message: `version ${latest.version} is published: say what the correction changes`, code: 'required' }]);
  const content = await buildContent(tx, meetingId, input.kind, note);
  const { id } = await tx.insertInto('publications').values({
    meeting_id: meetingId, kind: input.kind, version: (latest?.version ?? 0) + 1, content: JSON.stringify(content),
    correction_of: latest?.id ?? null, created_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'publication', entityId: id, action: 'create', after: await publicationSnapshot(tx, id) });
  return id;
}

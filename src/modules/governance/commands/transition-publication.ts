import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { publicationStale, wrongStatus } from '../errors.js';
import { contentDigest, type FrozenContent } from '../snapshot.js';
import { incomplete, missingOfDecisions, missingOfMinutes } from './completeness.js';
import { decisionSnapshot } from './decision-snapshot.js';
import { publicationSnapshot } from './prepare-publication.js';
import type { Tx } from './shared.js';

export type PublicationStep = 'approve' | 'publish';

/**
 * Approves or publishes one version of an agenda, decision list or minutes, naming the content
 * it approves by its digest. Publishing a decision list or minutes also publishes the approved
 * decisions in it: these documents are how decisions reach the public, and a published document
 * never links to a decision that visitors cannot open.
 */
export async function transitionPublication(tx: Tx, userId: number | null, id: number, digest: string, step: PublicationStep): Promise<number> {
  const row = await tx.selectFrom('publications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('publication', id);
  const from = step === 'approve' ? 'draft' : 'approved';
  if (row.status !== from) throw wrongStatus('PUBLICATION_STATUS', `Publication ${id}`, row.status, step === 'approve' ? 'approved' : 'published');
  const current = contentDigest(row.content);
  if (current !== digest) throw publicationStale(id, current);
  // Only complete documents go out: minutes with every fact the besluit profile asks for, and
  // decisions that can be published (approval already required these; older rows may lack them).
  const content = row.content as FrozenContent;
  const missing = [
    ...(row.kind === 'minutes' ? missingOfMinutes(content) : []),
    ...(row.kind !== 'agenda' ? await missingOfDecisions(tx, (content.decisions ?? []).map((d) => d.code)) : []),
  ];
  if (missing.length) throw incomplete(`${step === 'approve' ? 'Approving' : 'Publishing'} this ${row.kind.replace('_', ' ')}`, missing);
  const before = await publicationSnapshot(tx, id);
  const now = new Date();
  await tx.updateTable('publications').set(step === 'approve' ? { status: 'approved', approved_at: now } : { status: 'published', published_at: now })
    .where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'publication', entityId: id, action: 'update', before, after: await publicationSnapshot(tx, id) });
  if (step === 'publish' && row.kind !== 'agenda') {
    const codes = ((row.content as { decisions?: Array<{ code: string }> }).decisions ?? []).map((d) => d.code);
    const approved = codes.length
      ? await tx.selectFrom('decisions').select(['id', 'code']).where('code', 'in', codes).where('status', '=', 'approved').forUpdate().execute()
      : [];
    for (const d of approved) {
      const was = await decisionSnapshot(tx, d.id);
      await tx.updateTable('decisions').set({ status: 'published', published_at: now, updated_at: now, version: sql`version + 1` }).where('id', '=', d.id).execute();
      await audit(tx, { userId, entityType: 'decision', entityId: d.code, action: 'update', before: was, after: await decisionSnapshot(tx, d.id) });
    }
  }
  return id;
}

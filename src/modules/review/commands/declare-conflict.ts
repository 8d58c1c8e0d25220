import { audit } from '../../../plugins/audit.js';
import { alreadyDeclared, automaticConflict } from '../errors.js';
import { inConsortium } from '../queries.js';
import { reviewerAccess } from './reviewer-access.js';
import type { Actor, Tx } from './shared.js';

export interface DeclareInput { conflicted: boolean; note?: string }

/**
 * The reviewer's declaration, before anything beyond title and consortium is shown. A member of
 * an organisation in the consortium is conflicted whatever it declares. "No conflict" can later
 * become "conflict" (the draft scores go, and nothing it scored counts); never the other way.
 */
export async function declareConflict(tx: Tx, actor: Actor, applicationId: number, input: DeclareInput): Promise<{ callId: number }> {
  const { app, call, review } = await reviewerAccess(tx, actor.id, applicationId);
  if (!input.conflicted && (await inConsortium(tx, actor.id, app.id))) throw automaticConflict(app.id);
  const note = (input.note ?? '').trim();
  if (review) {
    if (review.conflicted || !input.conflicted) throw alreadyDeclared(app.id);
    await tx.updateTable('reviews').set({ conflicted: true, conflict_note: note }).where('application_id', '=', app.id).where('reviewer_id', '=', actor.id).execute();
    await tx.deleteFrom('review_scores').where('application_id', '=', app.id).where('reviewer_id', '=', actor.id).execute();
    await audit(tx, { userId: actor.id, entityType: 'review', entityId: `${app.id}:${actor.id}`, action: 'update', before: { conflicted: false }, after: { conflicted: true, note } });
    return { callId: call.id };
  }
  await tx.insertInto('reviews').values({ application_id: app.id, reviewer_id: actor.id, conflicted: input.conflicted, conflict_note: note }).execute();
  await audit(tx, { userId: actor.id, entityType: 'review', entityId: `${app.id}:${actor.id}`, action: 'create', after: { conflicted: input.conflicted, note } });
  return { callId: call.id };
}

import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { reviewerBusy, reviewerEmailUnknown, reviewerUnknown } from '../errors.js';
import { callFor, type Actor, type Tx } from './shared.js';

export interface AssignInput { userId?: number; email?: string }

/** Assigns an account as reviewer of a call (any account); assigning twice changes nothing. */
export async function assignReviewer(tx: Tx, actor: Actor, callCode: string, input: AssignInput): Promise<{ callId: number; userId: number }> {
  const call = await callFor(tx, callCode);
  let q = tx.selectFrom('users').select(['id', 'disabled_at']);
  q = input.userId !== undefined ? q.where('id', '=', input.userId) : q.where(sql`lower(email)`, '=', (input.email ?? '').trim().toLowerCase());
  const user = await q.executeTakeFirst();
  if (!user || user.disabled_at) {
    throw input.userId !== undefined ? reviewerUnknown(input.userId) : reviewerEmailUnknown();
  }
  const inserted = await tx.insertInto('call_reviewers').values({ call_id: call.id, user_id: user.id, assigned_by: actor.id })
    .onConflict((oc) => oc.columns(['call_id', 'user_id']).doNothing()).returning('user_id').executeTakeFirst();
  if (inserted) await audit(tx, { userId: actor.id, entityType: 'call_reviewer', entityId: `${call.id}:${user.id}`, action: 'create', after: { call: call.code, userId: user.id } });
  return { callId: call.id, userId: user.id };
}

/** Takes a reviewer off a call, as long as it has not declared or scored anything there. */
export async function unassignReviewer(tx: Tx, actor: Actor, callCode: string, userId: number): Promise<{ callId: number }> {
  const call = await callFor(tx, callCode);
  const row = await tx.selectFrom('call_reviewers').select('user_id').where('call_id', '=', call.id).where('user_id', '=', userId).forUpdate().executeTakeFirst();
  if (!row) throw notFound('reviewer', `${callCode}/${userId}`);
  const worked = await tx.selectFrom('reviews as r').innerJoin('applications as a', 'a.id', 'r.application_id')
    .select('r.application_id').where('a.call_id', '=', call.id).where('r.reviewer_id', '=', userId).executeTakeFirst();
  if (worked) throw reviewerBusy(userId);
  await tx.deleteFrom('call_reviewers').where('call_id', '=', call.id).where('user_id', '=', userId).execute();
  await audit(tx, { userId: actor.id, entityType: 'call_reviewer', entityId: `${call.id}:${userId}`, action: 'delete', before: { call: call.code, userId } });
  return { callId: call.id };
}

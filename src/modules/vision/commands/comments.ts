import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { organisationAccess } from '../../organisations/access.js';
import { notMember, roundClosed, roundNotOpen } from '../errors.js';
import type { AnswerInput, CommentInput } from '../schemas.js';
import { checkVersion, lockRound, type Tx } from './shared.js';

type Actor = { id: number; role: string };

/** A round that accepts comments and endorsements right now, or the reason it does not. */
export function assertOpen(round: { status: string; closed_at: Date | null }): void {
  if (round.status === 'closed') throw roundClosed(round.closed_at!);
  if (round.status !== 'open') throw roundNotOpen(round.status);
}

/** Anyone with an account comments during an open round; on behalf of an organisation only as its owner or member. */
export async function addComment(tx: Tx, user: Actor, code: string, number: number, input: CommentInput): Promise<number> {
  const { round } = await lockRound(tx, code, number);
  assertOpen(round);
  const organisationId = input.organisationId ?? null;
  if (organisationId !== null) {
    const org = await tx.selectFrom('organisations').select(['id', 'retired_at']).where('id', '=', organisationId).executeTakeFirst();
    if (!org || org.retired_at) throw notFound('organisation', organisationId);
    const access = await organisationAccess(tx, user, organisationId);
    if (access.role !== 'owner' && access.role !== 'member') throw notMember(organisationId);
  }
  const row = await tx.insertInto('vision_comments').values({
    round_id: round.id, section: input.section, user_id: user.id, organisation_id: organisationId,
    body: input.text.trim(), proposed_text: input.proposedText?.trim() ?? '',
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId: user.id, entityType: 'vision_comment', entityId: row.id, action: 'create', after: { round: `${code}/${number}`, ...input } });
  return row.id;
}

/** The team's answer to one comment: adopted, adapted or not adopted, always with a reason. */
export async function answerComment(tx: Tx, userId: number, id: number, input: AnswerInput): Promise<void> {
  const comment = await tx.selectFrom('vision_comments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!comment) throw notFound('comment', id);
  checkVersion('comment', id, comment.version, input.version);
  const now = new Date();
  await tx.updateTable('vision_comments').set({
    answer: input.answer, answer_reason: input.reason.trim(), answered_by: userId, answered_at: now, version: comment.version + 1,
  }).where('id', '=', id).execute();
  await audit(tx, {
    userId, entityType: 'vision_comment', entityId: id, action: 'update',
    before: { answer: comment.answer, reason: comment.answer_reason }, after: { answer: input.answer, reason: input.reason },
  });
}

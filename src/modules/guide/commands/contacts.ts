import { audit } from '../../../plugins/audit.js';
import { forbidden, notFound } from '../../../plugins/errors.js';
import { contactAnswered, contactExists, fieldError, notEditor, questionClosed } from '../errors.js';
import { editsActor, findOffer, findQuestion, memberRole } from '../queries.js';
import type { AnswerInput, ContactInput, ResponseInput } from '../schemas.js';
import { assertAsker } from './questions.js';
import type { Actor, Tx } from './shared.js';

/** An organisation asks an actor or a contactable peer for help with one of its open questions. */
export async function sendContact(tx: Tx, user: Actor, questionId: number, input: ContactInput): Promise<number> {
  const question = await findQuestion(tx, questionId);
  if (!question) throw notFound('question', questionId);
  await assertAsker(tx, user, question.organisationId);
  if (question.status !== 'open') throw questionClosed(questionId);
  if (input.target === 'actor') {
    const actor = await tx.selectFrom('actors').select('id').where('id', '=', input.targetId).where('retired_at', 'is', null).executeTakeFirst();
    if (!actor) throw fieldError('targetId', 'is not a current actor');
  } else {
    const peer = await tx.selectFrom('organisations').select(['id', 'contactable']).where('id', '=', input.targetId).where('retired_at', 'is', null).executeTakeFirst();
    // A peer that did not agree to be contacted is refused as if it did not exist.
    if (!peer || !peer.contactable || peer.id === question.organisationId) throw fieldError('targetId', 'is not an organisation that agreed to be contacted');
  }
  const direction = input.target === 'actor' ? 'to_actor' as const : 'to_peer' as const;
  const existing = await tx.selectFrom('guide_contacts').select('id').where('question_id', '=', questionId).where('direction', '=', direction)
    .where(input.target === 'actor' ? 'to_actor_id' : 'to_organisation_id', '=', input.targetId).executeTakeFirst();
  if (existing) throw contactExists();
  const row = await tx.insertInto('guide_contacts').values({
    question_id: questionId, direction, from_organisation_id: question.organisationId,
    to_actor_id: input.target === 'actor' ? input.targetId : null, to_organisation_id: input.target === 'peer' ? input.targetId : null,
    message: input.message.trim(), sent_by: user.id,
  }).returningAll().executeTakeFirstOrThrow();
  await audit(tx, { userId: user.id, entityType: 'guide_contact', entityId: row.id, action: 'create', after: row });
  return row.id;
}

/**
 * A provider answers an open question with its offer. The question must allow providers to see
 * it; otherwise it does not exist for them (404, nothing revealed).
 */
export async function respondToQuestion(tx: Tx, user: Actor, offerId: number, input: ResponseInput): Promise<number> {
  const offer = await findOffer(tx, offerId);
  if (!offer || offer.retired) throw notFound('offer', offerId);
  if (!await editsActor(tx, user, offer.actorId)) throw notEditor(offer.actorId);
  const question = await findQuestion(tx, input.questionId);
  if (!question || !question.visibleToProviders) throw fieldError('questionId', 'is not a question providers may see');
  if (question.status !== 'open') throw questionClosed(question.id);
  const existing = await tx.selectFrom('guide_contacts').select('id').where('question_id', '=', question.id).where('direction', '=', 'to_organisation')
    .where('from_actor_id', '=', offer.actorId).executeTakeFirst();
  if (existing) throw contactExists();
  const row = await tx.insertInto('guide_contacts').values({
    question_id: question.id, offer_id: offerId, direction: 'to_organisation', from_actor_id: offer.actorId, to_organisation_id: question.organisationId,
    message: input.message.trim(), sent_by: user.id,
  }).returningAll().executeTakeFirstOrThrow();
  await audit(tx, { userId: user.id, entityType: 'guide_contact', entityId: row.id, action: 'create', after: row });
  return row.id;
}

/** Who may answer a request: the actor's editors; the asked peer's owners; the asking organisation's owners and members. */
export async function mayAnswer(tx: Tx, user: Actor, contact: { direction: string; to_actor_id: number | null; to_organisation_id: number | null }): Promise<boolean> {
  if (contact.direction === 'to_actor') {
    if (contact.to_actor_id === null) return false;
    const editor = await tx.selectFrom('actor_editors').select('actor_id').where('actor_id', '=', contact.to_actor_id).where('user_id', '=', user.id).executeTakeFirst();
    return editor !== undefined;
  }
  if (contact.to_organisation_id === null) return false;
  const role = await memberRole(tx, user.id, contact.to_organisation_id);
  return contact.direction === 'to_peer' ? role === 'owner' : role === 'owner' || role === 'member';
}

export async function answerContact(tx: Tx, user: Actor, id: number, input: AnswerInput): Promise<void> {
  const contact = await tx.selectFrom('guide_contacts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!contact) throw notFound('contact request', id);
  if (!await mayAnswer(tx, user, contact)) {
    // The sender may see its own request but not answer it; anyone else learns nothing.
    const sender = contact.sent_by === user.id;
    throw sender ? forbidden('answer your own request') : notFound('contact request', id);
  }
  if (contact.answer) throw contactAnswered(contact.answer);
  const updated = await tx.updateTable('guide_contacts').set({ answer: input.answer, answered_at: new Date() })
    .where('id', '=', id).where('answer', 'is', null).returningAll().executeTakeFirst();
  if (!updated) throw contactAnswered('just now');
  await audit(tx, { userId: user.id, entityType: 'guide_contact', entityId: id, action: 'update', before: contact, after: updated });
}


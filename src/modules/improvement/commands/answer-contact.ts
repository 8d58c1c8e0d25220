import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { CONTACT_ENTITY, type ContactAnswer } from '../contacts.js';
import { contactAnswered } from '../errors.js';
import type { Tx } from './shared.js';

/**
 * An owner of the asked organisation accepts or declines a request. Accepting shares that owner's
 * name and e-mail address with the requesting organisation (through the answer's audit record);
 * an answer is final, so a second one, also by another owner at the same time, is a 409.
 */
export async function answerContact(tx: Tx, userId: number, organisationId: number, requestId: number, answer: ContactAnswer): Promise<number> {
  const request = await tx.selectFrom('improvement_contact_requests').select(['id', 'to_organisation_id', 'answer', 'answered_at'])
    .where('id', '=', requestId).forUpdate().executeTakeFirst();
  if (!request || request.to_organisation_id !== organisationId) throw notFound('contact request', requestId);
  if (request.answer !== null) throw contactAnswered(request.answer);
  const answeredAt = new Date();
  await tx.updateTable('improvement_contact_requests').set({ answer, answered_at: answeredAt }).where('id', '=', requestId).execute();
  await audit(tx, {
    userId, entityType: CONTACT_ENTITY, entityId: requestId, action: 'update',
    before: { answer: null, answeredAt: null }, after: { answer, answeredAt: answeredAt.toISOString(), answeredBy: userId },
  });
  return requestId;
}

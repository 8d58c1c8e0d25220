import type { FastifyInstance } from 'fastify';
import type { CurrentUser } from '../../plugins/auth.js';
import { notFound } from '../../plugins/errors.js';
import { contactsOf, type ContactView } from './contacts.js';
import type { Proposal, ProposalKind, QuestionMatch } from './matching.js';
import { editsActor, findOffer, findQuestion, memberRole, type OfferRecord, type QuestionRecord } from './queries.js';
import { loadMatchingQuestions, loadProposals } from './service.js';

export interface QuestionView { question: QuestionRecord; level: number | null; proposals: Record<ProposalKind, Proposal[]>; contacts: ContactView[]; canAct: boolean }

/**
 * A question with its proposals, for members of the asking organisation only; anyone else is
 * told it does not exist. Respondents read along but do not send requests.
 */
export async function questionView(app: FastifyInstance, user: CurrentUser, id: number): Promise<QuestionView> {
  const question = await findQuestion(app.db, id);
  const role = question ? await memberRole(app.db, user.id, question.organisationId) : null;
  if (!question || role === null) throw notFound('question', id);
  const { level, proposals } = await loadProposals(app, question);
  const { sent, incoming } = await contactsOf(app.db, user.id);
  const contacts = [...sent, ...incoming].filter((c) => c.question?.id === id);
  return { question, level, proposals, contacts, canAct: role === 'owner' || role === 'member' };
}

export interface OfferView { offer: OfferRecord; canRespond: boolean; questions: QuestionMatch[] }

/** An offer is public; the open questions it answers are shown only to those who speak for its actor. */
export async function offerView(app: FastifyInstance, user: CurrentUser | null, id: number): Promise<OfferView> {
  const offer = await findOffer(app.db, id);
  if (!offer) throw notFound('offer', id);
  const canRespond = user !== null && !offer.retired && await editsActor(app.db, user, offer.actorId);
  return { offer, canRespond, questions: canRespond ? await loadMatchingQuestions(app, offer) : [] };
}

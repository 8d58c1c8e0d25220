import type { FastifyInstance } from 'fastify';
import type { CatalogArea } from '../../catalog/catalog.js';
import { Lru } from '../../catalog/lru.js';
import { serialOf } from '../../web/shared-page.js';
import type { CurrentUser } from '../../plugins/auth.js';
import { notFound } from '../../plugins/errors.js';
import { contactsOf, type ContactView } from './contacts.js';
import type { Proposal, ProposalKind, QuestionMatch } from './matching.js';
import { editsActor, findOffer, findQuestion, memberRole, type OfferRecord, type QuestionRecord } from './queries.js';
import { loadMatchingQuestions, loadProposals } from './service.js';

export interface QuestionView {
  question: QuestionRecord; level: number | null; proposals: Record<ProposalKind, Proposal[]>; contacts: ContactView[]; canAct: boolean;
  /**
   * Names everything above: the question, its requests and its proposals are kept objects,
   * replaced (never changed in place) when they change, so their serials name this version.
   */
  version: string;
}

/**
 * What a question view reads from the database besides the proposals: the question, the
 * reader's role in its organisation and the requests about it. Kept per reader and question
 * while the guide's records, memberships and organisations are unchanged (their areas' stamp,
 * taken before reading: a write during the read leaves nothing stored).
 */
interface QuestionBase { question: QuestionRecord; role: string; contacts: ContactView[] }
const VIEW_AREAS: readonly CatalogArea[] = ['guide', 'maturity', 'access'];
const bases = new WeakMap<FastifyInstance['readModels'], Lru<{ stamp: string; base: Promise<QuestionBase | null> }>>();

async function readBase(app: FastifyInstance, userId: number, id: number): Promise<QuestionBase | null> {
  const question = await findQuestion(app.db, id);
  const role = question ? await memberRole(app.db, userId, question.organisationId) : null;
  if (!question || role === null) return null;
  // Most questions have no requests yet: a lookup by question spares the full query (costly to plan).
  const any = await app.db.selectFrom('guide_contacts').select('id').where('question_id', '=', id).limit(1).executeTakeFirst();
  if (!any) return { question, role, contacts: [] };
  const { sent, incoming } = await contactsOf(app.db, userId);
  return { question, role, contacts: [...sent, ...incoming].filter((c) => c.question?.id === id) };
}

function keptQuestion(app: FastifyInstance, userId: number, id: number): Promise<QuestionBase | null> {
  let cache = bases.get(app.readModels);
  if (!cache) { cache = new Lru(10_000); bases.set(app.readModels, cache); }
  const key = `${userId}:${id}`;
  const stamp = app.readModels.catalog.stamp(VIEW_AREAS);
  const held = cache.get(key);
  if (held && held.stamp === stamp) return held.base;
  const base = readBase(app, userId, id);
  cache.set(key, { stamp, base });
  base.catch(() => cache.delete(key));
  return base;
}

/**
 * A question with its proposals, for members of the asking organisation only; anyone else is
 * told it does not exist. Respondents read along but do not send requests.
 */
export async function questionView(app: FastifyInstance, user: CurrentUser, id: number): Promise<QuestionView> {
  const base = await keptQuestion(app, user.id, id);
  if (!base) throw notFound('question', id);
  const { level, proposals } = await loadProposals(app, base.question);
  const canAct = base.role === 'owner' || base.role === 'member';
  return {
    question: base.question, level, proposals, contacts: base.contacts, canAct,
    version: `${serialOf(base.question)}:${serialOf(base.contacts)}:${serialOf(proposals)}:${level}:${canAct}`,
  };
}

export interface OfferView { offer: OfferRecord; canRespond: boolean; questions: QuestionMatch[] }

/** An offer is public; the open questions it answers are shown only to those who speak for its actor. */
export async function offerView(app: FastifyInstance, user: CurrentUser | null, id: number): Promise<OfferView> {
  const offer = await findOffer(app.db, id);
  if (!offer) throw notFound('offer', id);
  const canRespond = user !== null && !offer.retired && await editsActor(app.db, user, offer.actorId);
  return { offer, canRespond, questions: canRespond ? await loadMatchingQuestions(app, offer) : [] };
}

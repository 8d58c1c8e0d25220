import type { FastifyInstance } from 'fastify';
import type { CatalogArea } from '../../catalog/catalog.js';
import { proposalsFor, questionsFor, type Proposal, type ProposalKind, type QuestionMatch } from './matching.js';
import { ownLevel, type OfferRecord, type QuestionRecord } from './queries.js';
import { textQuery } from './text.js';

/**
 * Proposals depend on the knowledge space (cases, lessons, learning, actors, offers: the
 * searchable areas and 'knowledge') and on organisations' results and consent ('maturity',
 * 'access'): a cached ranking is renewed after any write to those.
 */
export const GUIDE_AREAS: readonly CatalogArea[] = ['cases', 'actors', 'instruments', 'calls', 'knowledge', 'maturity', 'access'];

/** The organisation's level for the match: as stated in the question, else its latest result in the dimension. */
async function levelOf(app: FastifyInstance, q: QuestionRecord) {
  if (q.level !== null) return q.level;
  return q.dimension ? ownLevel(app.db, q.organisationId, q.dimension) : null;
}

export async function loadProposals(app: FastifyInstance, q: QuestionRecord): Promise<{ level: number | null; proposals: Record<ProposalKind, Proposal[]> }> {
  const body = await app.readModels.responses.getAsync(`guide:proposals:${q.id}:${q.version}`, GUIDE_AREAS, async () => {
    const level = await levelOf(app, q);
    const proposals = await proposalsFor(app.db, { question: q, text: await textQuery(app.db, q.question), level });
    return JSON.stringify({ level, proposals });
  });
  return JSON.parse(body) as { level: number | null; proposals: Record<ProposalKind, Proposal[]> };
}

export async function loadMatchingQuestions(app: FastifyInstance, offer: OfferRecord): Promise<QuestionMatch[]> {
  const text = await textQuery(app.db, `${offer.title.nl} ${offer.description.nl} ${offer.title.en} ${offer.description.en}`);
  return questionsFor(app.db, offer, text);
}

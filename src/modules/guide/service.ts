import type { FastifyInstance } from 'fastify';
import type { CatalogArea } from '../../catalog/catalog.js';
import { liveSearchIndex, Lru } from '../search/live-index.js';
import { guideCandidates } from './candidates.js';
import { questionsFor, type Proposal, type ProposalKind, type QuestionMatch } from './matching.js';
import { proposalsFromMemory } from './memory-matching.js';
import { ownLevel, type OfferRecord, type QuestionRecord } from './queries.js';
import { textQuery, type TextQuery } from './text.js';

/**
 * Proposals depend on the knowledge space (cases, lessons, learning, actors, offers: the
 * searchable areas and 'knowledge') and on organisations' results and consent ('maturity',
 * 'access'): a cached ranking is renewed after any write to those.
 */
export const GUIDE_AREAS: readonly CatalogArea[] = ['cases', 'actors', 'instruments', 'calls', 'knowledge', 'maturity', 'access'];

/** A question's stems depend only on its words: asked once per distinct text. */
const texts = new WeakMap<FastifyInstance['readModels'], Lru<Promise<TextQuery>>>();
function cachedTextQuery(app: FastifyInstance, text: string): Promise<TextQuery> {
  let cache = texts.get(app.readModels);
  if (!cache) { cache = new Lru(5_000); texts.set(app.readModels, cache); }
  let hit = cache.get(text);
  if (!hit) {
    hit = textQuery(app.db, text);
    cache.set(text, hit);
    hit.catch(() => cache.delete(text));
  }
  return hit;
}

/** The organisation's level for the match: as stated in the question, else its latest result in the dimension. */
async function levelOf(app: FastifyInstance, q: QuestionRecord) {
  if (q.level !== null) return q.level;
  const dimension = q.dimension;
  return dimension ? guideCandidates(app).ownLevel(q.organisationId, dimension, () => ownLevel(app.db, q.organisationId, dimension)) : null;
}

/**
 * A question's proposals, computed from memory (memory-matching.ts: the search index, the offers
 * and the peers' levels, each kept up to date after writes) and kept per version of the question
 * until the next write to the areas they read.
 */
export async function loadProposals(app: FastifyInstance, q: QuestionRecord): Promise<{ level: number | null; proposals: Record<ProposalKind, Proposal[]> }> {
  const body = await app.readModels.responses.getAsync(`guide:proposals:${q.id}:${q.version}`, GUIDE_AREAS, async () => {
    const candidates = guideCandidates(app);
    const [index, offers, peers, level, text] = await Promise.all([
      liveSearchIndex(app).current(), candidates.offers(), candidates.peers(), levelOf(app, q), cachedTextQuery(app, q.question),
    ]);
    const proposals = proposalsFromMemory({ index, offers, peers }, { question: q, text, level });
    return JSON.stringify({ level, proposals });
  });
  return JSON.parse(body) as { level: number | null; proposals: Record<ProposalKind, Proposal[]> };
}

export async function loadMatchingQuestions(app: FastifyInstance, offer: OfferRecord): Promise<QuestionMatch[]> {
  const text = await cachedTextQuery(app, `${offer.title.nl} ${offer.description.nl} ${offer.title.en} ${offer.description.en}`);
  return questionsFor(app.db, offer, text);
}

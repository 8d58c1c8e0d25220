import type { FastifyInstance } from 'fastify';
import { Lru } from '../../catalog/lru.js';
import { liveSearchIndex } from '../search/live-index.js';
import { guideCandidates } from './candidates.js';
import { questionsFor, type Proposal, type ProposalKind, type QuestionMatch } from './matching.js';
import { proposalsFromMemory } from './memory-matching.js';
import { ownLevel, type OfferRecord, type QuestionRecord } from './queries.js';
import { textQuery, type TextQuery } from './text.js';

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
 * A question's proposals, from memory (memory-matching.ts: the search index, the offers and the
 * peers' levels, each brought up to date after writes). Nothing is read from the database once
 * these are current, and a write that changes nothing among a question's best proposals leaves
 * them as they were, so each read costs a few lookups.
 */
export async function loadProposals(app: FastifyInstance, q: QuestionRecord): Promise<{ level: number | null; proposals: Record<ProposalKind, Proposal[]> }> {
  const candidates = guideCandidates(app);
  const [index, offers, peers, level, text] = await Promise.all([
    liveSearchIndex(app).current(), candidates.offers(), candidates.peers(), levelOf(app, q), cachedTextQuery(app, q.question),
  ]);
  return { level, proposals: proposalsFromMemory({ index, offers, peers }, { question: q, text, level }) };
}

export async function loadMatchingQuestions(app: FastifyInstance, offer: OfferRecord): Promise<QuestionMatch[]> {
  const text = await cachedTextQuery(app, `${offer.title.nl} ${offer.description.nl} ${offer.title.en} ${offer.description.en}`);
  return questionsFor(app.db, offer, text);
}

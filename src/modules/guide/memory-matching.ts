import { hrefOf } from '../search/index.js';
import type { SearchDoc, SearchIndex } from '../search/search-index.js';
import { Lru } from '../../catalog/lru.js';
import { dimensionBits, has, pillarBits, subsectorBits } from '../search/tag-bits.js';
import { compileQuery, find, rank, type CompiledQuery, type DocTerms, type Lexicon } from '../search/ts-rank.js';
import type { TsNode } from '../search/tsquery.js';
import type { OfferSet, PeerCandidate } from './candidates.js';
import { PEER_LEAD, PER_KIND, PROPOSAL_KINDS, type MatchInput, type Proposal, type ProposalKind } from './matching.js';
import { byScore, reasons, score, WEIGHTS, type Components } from './scoring.js';
import { matchedWords, type TextQuery } from './text.js';

const LEARNING_SOON_DAYS = 120;
const KNOWLEDGE_KINDS = new Set(['case', 'lesson', 'learning', 'actor']);

/** The question's stems joined with "or" (as orQuery in text.ts), ready to rank against one lexicon. */
function textTree(text: TextQuery): TsNode | null {
  let tree: TsNode | null = null;
  for (const lexeme of text.lexemes) {
    const val: TsNode = { op: 'val', lexeme, prefix: false, weights: 0 };
    tree = tree ? { op: 'or', left: tree, right: val } : val;
  }
  return tree;
}

interface Text { query: CompiledQuery | null; ids: Array<[string, number]> }
function compileText(text: TextQuery, lexicon: Lexicon): Text {
  const tree = textTree(text);
  const ids = text.lexemes.flatMap((l) => { const id = lexicon.id(l); return id === undefined ? [] : [[l, id] as [string, number]]; });
  return { query: tree ? compileQuery(tree, lexicon) : null, ids };
}

/** The question's stems this record holds (the words shown as the text reason). */
const matchedIn = (doc: DocTerms, t: Text) => t.ids.filter(([, id]) => find(doc, id) >= 0).map(([l]) => l);
const holdsAny = (doc: DocTerms, t: Text) => t.ids.some(([, id]) => find(doc, id) >= 0);

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Keeps the best `PER_KIND` of a kind, in the order of the SQL ranking: score, text rank, id. */
function keepBest<T extends { score: number; rank: number; id: number }>(list: T[], item: T) {
  const before = (a: T, b: T) => a.score > b.score || (a.score === b.score && (a.rank > b.rank || (a.rank === b.rank && a.id < b.id)));
  if (list.length >= PER_KIND && !before(item, list[list.length - 1]!)) return;
  let i = list.length;
  while (i > 0 && before(item, list[i - 1]!)) i--;
  list.splice(i, 0, item);
  if (list.length > PER_KIND) list.pop();
}

interface Scored { score: number; rank: number; id: number; doc: SearchDoc; c: Components }
type Best = Map<string, Scored[]>;

/** What one question is matched with: its tags, level, words (compiled against the index) and the day. */
interface Context { m: MatchInput; text: Text; hasText: boolean; today: string; soon: string; recentUs: number; now: number }

function context(index: SearchIndex, m: MatchInput, today: string, now: number): Context {
  // "Recent": changed within two calendar years (as now() - interval '2 years'), in microseconds.
  const twoYearsAgo = new Date(now);
  twoYearsAgo.setUTCFullYear(twoYearsAgo.getUTCFullYear() - 2);
  return { m, text: compileText(m.text, index), hasText: m.text.lexemes.length > 0, today, soon: addDays(today, LEARNING_SOON_DAYS), recentUs: twoYearsAgo.getTime() * 1000, now };
}

/**
 * What a record earns for the question apart from its words (rank 0), or null when it is not a
 * candidate at all. Tags are compared as bit masks (tag-bits.ts).
 */
function components(d: SearchDoc, x: Context): Components | null {
  const q = x.m.question, level = x.m.level;
  if (!KNOWLEDGE_KINDS.has(d.kind)) return null;
  if (d.kind === 'learning' && !(d.openUntil !== null && d.openUntil > x.now)) return null;
  const own = has(subsectorBits, d.subsectorMask, d.subsectors, q.subsector);
  if (d.kind === 'actor' && d.subsectors.length && !own) return null;
  return {
    dimension: q.dimension !== null && has(dimensionBits, d.dimensionMask, d.dimensions, q.dimension),
    subsector: own ? 'own' : d.subsectors.length === 0 ? 'all' : null,
    pillar: q.pillar !== null && has(pillarBits, d.pillarMask, d.pillars, q.pillar),
    level: d.kind === 'learning' && level !== null && (d.levelFrom ?? 0) <= level && (d.levelTo ?? 5) > level,
    rank: 0,
    timely: d.kind === 'learning' ? d.startsOn !== null && d.startsOn >= x.today && d.startsOn <= x.soon
      : d.kind === 'case' || d.kind === 'lesson' ? d.updatedAt > x.recentUs : false,
  };
}

/**
 * Scores one record for the question, or null when it is not a candidate. The text rank (the
 * only costly part) is computed only when the record could still enter its kind's best.
 */
function scoreDoc(d: SearchDoc, x: Context, best: Best, c = components(d, x)): Scored | null {
  if (!c) return null;
  // The text is worth at most WEIGHTS.text points: a record that cannot reach its kind's floor is left out unranked.
  if (!enters(best, d.kind, score(c) + WEIGHTS.text, Infinity, -1)) return null;
  // A record reached through its words only counts when it holds one of them.
  const holds = x.hasText && d.lex.length > 0 && holdsAny(d, x.text);
  if (!c.dimension && !holds) return null;
  if (holds && x.text.query) c.rank = rank(d, x.text.query);
  return { score: score(c), rank: c.rank, id: d.sourceId, doc: d, c };
}

function offer(best: Best, s: Scored) {
  const list = best.get(s.doc.kind) ?? best.set(s.doc.kind, []).get(s.doc.kind)!;
  keepBest(list, s);
}

/** Records per maturity dimension (of the kinds the guide proposes), per version of the index. */
const dimensionLists = new WeakMap<SearchIndex, { version: number; lists: Map<string, SearchDoc[]> }>();
function withDimension(index: SearchIndex, dimension: string): SearchDoc[] {
  let held = dimensionLists.get(index);
  if (!held || held.version !== index.version) {
    const lists = new Map<string, SearchDoc[]>();
    for (const d of index.all()) {
      if (!KNOWLEDGE_KINDS.has(d.kind)) continue;
      for (const dim of d.dimensions) (lists.get(dim) ?? lists.set(dim, []).get(dim)!).push(d);
    }
    held = { version: index.version, lists };
    dimensionLists.set(index, held);
  }
  return held.lists.get(dimension) ?? [];
}

/** Whether a record scoring `points` with text rank `rank` would enter its kind's best (the order of keepBest). */
function enters(best: Best, kind: string, points: number, rank: number, id: number): boolean {
  const list = best.get(kind);
  if (!list || list.length < PER_KIND) return true;
  const last = list[list.length - 1]!;
  return points > last.score || (points === last.score && (rank > last.rank || (rank === last.rank && id < last.id)));
}

/**
 * The best of each kind, from scratch, in two passes. First the question's dimension without
 * its words: their score is exact without any text, so the floor of each kind rises without
 * ranking anything. Then the records holding one of the words, where scoreDoc passes over
 * unranked a record whose score without words plus the most the text can add stays under its
 * kind's floor. The result equals scoring every candidate in any order.
 */
function knowledgeBest(index: SearchIndex, x: Context): Best {
  const best: Best = new Map();
  const q = x.m.question;
  const holders = x.hasText ? index.holding(x.text.ids.map(([, id]) => id)) : [];
  const holds = new Uint8Array(index.slots);
  for (const d of holders) holds[d.slot] = 1;
  if (q.dimension) {
    for (const d of withDimension(index, q.dimension)) {
      if (holds[d.slot]) continue;
      const c = components(d, x);
      if (c && enters(best, d.kind, score(c), 0, d.sourceId)) { const s = scoreDoc(d, x, best, c); if (s) offer(best, s); }
    }
  }
  for (const d of holders) {
    const s = scoreDoc(d, x, best);
    if (s) offer(best, s);
  }
  return best;
}

/** When a kept best list stops holding: the first end of a learning opportunity in it (ms). */
function expiryOf(best: Best): number {
  let at = Infinity;
  for (const s of best.get('learning') ?? []) if (s.doc.openUntil !== null && s.doc.openUntil < at) at = s.doc.openUntil;
  return at;
}

/**
 * The best records per question, kept with the index version they were made at. After a write
 * they are brought up to date from the index's changes: a new or changed record is scored and
 * may enter; only when a record among the best was replaced or removed, or a learning
 * opportunity among them has ended, is the question matched again from scratch. A write that
 * changes nothing among the best returns the very same object, so what is made from it (the
 * proposals below) is kept too.
 */
const bestLists = new WeakMap<SearchIndex, Lru<{ version: number; best: Best; expires: number }>>();
function currentBest(index: SearchIndex, context: () => Context, now: number, key: string): Best {
  let cache = bestLists.get(index);
  if (!cache) { cache = new Lru(5_000); bestLists.set(index, cache); }
  const kept = cache.get(key);
  const held = kept && kept.expires > now ? kept : undefined;
  if (held && held.version === index.version) return held.best;
  const x = context();
  const changes = held ? index.changesSince(held.version) : null;
  let best: Best | null = null;
  if (held && changes) {
    const tops = new Set([...held.best.values()].flat().map((s) => s.doc));
    if (!changes.some((c) => c.removed.some((d) => tops.has(d)))) {
      let changed: Best | null = null;
      for (const d of changes.flatMap((c) => c.added)) {
        if (index.get(d.kind, d.sourceId) !== d) continue;
        const s = scoreDoc(d, x, changed ?? held.best);
        if (!s || !enters(changed ?? held.best, d.kind, s.score, s.rank, s.id)) continue;
        changed ??= new Map([...held.best].map(([k, list]) => [k, list.slice()]));
        offer(changed, s);
      }
      best = changed ?? held.best;
    }
  }
  best ??= knowledgeBest(index, x);
  cache.set(key, { version: index.version, best, expires: expiryOf(best) });
  return best;
}

/**
 * Cases, published lessons, learning still to come and knowledge actors from the search index:
 * the same candidates, scores and reasons as the SQL matching (matching.ts), from memory.
 */
function knowledgeProposals(best: Best, m: MatchInput, x: Context): Proposal[] {
  const q = m.question;
  return [...best.values()].flat().map(({ doc: d, c }) => {
    const kind = d.kind as ProposalKind;
    return {
      kind, id: d.sourceId, code: d.code, href: hrefOf(d.kind, d.code, d.sourceId),
      title: { nl: d.titleNl || d.titleEn, en: d.titleEn || d.titleNl }, detail: d.detail, isDemo: d.isDemo,
      score: score(c), rank: c.rank,
      reasons: reasons(c, { dimension: q.dimension, subsector: q.subsector, pillar: q.pillar, level: m.level, words: matchedWords(m.text, matchedIn(d, x.text)), kind }),
      contact: kind === 'actor' ? { target: 'actor', id: d.sourceId } : null,
    };
  });
}

/** Offers of support actors, all scored (their number stays small). */
function offerProposals(set: OfferSet, m: MatchInput): Proposal[] {
  const { question: q } = m;
  const text = compileText(m.text, set.lexicon);
  const hasText = m.text.lexemes.length > 0;
  const out: Proposal[] = [];
  for (const o of set.offers) {
    const words = hasText ? matchedIn(o, text) : [];
    const dim = q.dimension !== null && o.dimensions.includes(q.dimension);
    if (!dim && !words.length) continue;
    const c: Components = {
      dimension: dim, subsector: o.subsectors.includes(q.subsector) ? 'own' : o.subsectors.length === 0 ? 'all' : null,
      pillar: q.pillar !== null && o.pillars.includes(q.pillar),
      level: m.level !== null && (o.levelFrom ?? 0) <= m.level && (o.levelTo ?? 5) >= m.level,
      rank: hasText && text.query && o.lex.length ? rank(o, text.query) : 0, timely: false,
    };
    out.push({
      kind: 'offer', id: o.id, code: null, href: `/guide/offers/${o.id}`, title: { nl: o.titleNl, en: o.titleEn || o.titleNl }, detail: o.actorName, isDemo: o.isDemo,
      score: score(c), rank: c.rank,
      reasons: reasons(c, { dimension: q.dimension, subsector: q.subsector, pillar: q.pillar, level: m.level, words: matchedWords(m.text, words), kind: 'offer' }),
      contact: { target: 'actor', id: o.actorId },
    });
  }
  return out.sort(byScore).slice(0, PER_KIND);
}

/** Contactable organisations at least PEER_LEAD levels ahead: the same subsector first, then the highest level. */
function peerProposals(peers: Map<string, PeerCandidate[]>, m: MatchInput): Proposal[] {
  const { question: q } = m;
  if (!q.dimension) return [];
  const base = m.level ?? 0;
  if (base + PEER_LEAD > 5) return [];
  const ahead = (peers.get(q.dimension) ?? []).filter((p) => p.id !== q.organisationId && p.level >= base + PEER_LEAD);
  const own = (p: PeerCandidate) => (p.subsector === q.subsector ? 1 : 0);
  ahead.sort((a, b) => own(b) - own(a) || b.level - a.level || Number(a.isDemo) - Number(b.isDemo) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ahead.slice(0, PER_KIND).map((r): Proposal => {
    const c: Components = { dimension: true, subsector: r.subsector === q.subsector ? 'own' : null, pillar: false, level: true, rank: 0, timely: false };
    return {
      kind: 'peer', id: r.id, code: null, href: null, title: { nl: r.name, en: r.name }, detail: r.municipality, isDemo: r.isDemo,
      score: score(c), rank: 0,
      reasons: reasons(c, { dimension: q.dimension, subsector: q.subsector, pillar: null, level: m.level, words: [], kind: 'peer', peerLevel: r.level }),
      contact: { target: 'peer', id: r.id },
    };
  });
}

export interface MatchSources { index: SearchIndex; offers: OfferSet; peers: Map<string, PeerCandidate[]> }

/** Proposals made from one best list with one set of offers and peers (the rest of their input is in the list's key). */
const proposalsMade = new WeakMap<Best, { offers: OfferSet; peers: Map<string, PeerCandidate[]>; proposals: Record<ProposalKind, Proposal[]> }>();

/**
 * Everything the guide proposes for one question, per kind, best first: from memory, no query.
 * The same object is returned for as long as nothing it shows has changed; callers only read it.
 */
export function proposalsFromMemory(sources: MatchSources, m: MatchInput, now = Date.now()): Record<ProposalKind, Proposal[]> {
  const q = m.question;
  // What the question is matched with, made only when something has to be scored.
  let made: Context | undefined;
  const x = () => (made ??= context(sources.index, m, sources.offers.today, now));
  const best = currentBest(sources.index, x, now, `${q.id}:${q.version}:${q.organisationId}:${q.subsector}:${q.dimension}:${q.pillar}:${m.level}:${sources.offers.today}:${q.question}`);
  const held = proposalsMade.get(best);
  if (held && held.offers === sources.offers && held.peers === sources.peers) return held.proposals;
  const all = [...knowledgeProposals(best, m, x()), ...offerProposals(sources.offers, m), ...peerProposals(sources.peers, m)];
  const out = Object.fromEntries(PROPOSAL_KINDS.map((k) => [k, [] as Proposal[]])) as unknown as Record<ProposalKind, Proposal[]>;
  for (const p of all) out[p.kind].push(p);
  for (const k of PROPOSAL_KINDS) out[k].sort(byScore);
  proposalsMade.set(best, { offers: sources.offers, peers: sources.peers, proposals: out });
  return out;
}

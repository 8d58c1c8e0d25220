import { sql } from 'kysely';
import { hrefOf, type SearchType } from '../search/index.js';
import { findQuestion, type OfferRecord, type QuestionRecord, type Reader } from './queries.js';
import { byScore, reasons, score, WEIGHTS, type Components, type Reason, TEXT_HALF } from './scoring.js';
import { matchedWords, orQuery, type TextQuery } from './text.js';

/** Proposals per kind; peers need a lead of this many levels in the dimension to be worth asking. */
export const PER_KIND = 5;
export const PEER_LEAD = 2;
const LEARNING_SOON_DAYS = 120;

export type ProposalKind = 'actor' | 'case' | 'lesson' | 'learning' | 'offer' | 'peer';
export interface Proposal {
  kind: ProposalKind; id: number; code: string | null; href: string | null;
  title: { nl: string; en: string }; detail: string; isDemo: boolean;
  score: number; rank: number; reasons: Reason[];
  /** For actors and peers (and offers, through their actor): whom a contact request goes to. */
  contact: { target: 'actor' | 'peer'; id: number } | null;
}

export interface MatchInput { question: QuestionRecord; text: TextQuery; level: number | null }

interface DocRow {
  kind: SearchType; source_id: number; code: string | null; title_nl: string; title_en: string; detail: string; is_demo: boolean;
  dim: boolean; sub: 'own' | 'all' | null; pil: boolean; lvl: boolean; rank: number; timely: boolean; matched: string[];
}

/** The SQL twin of score(): used only to pick each kind's best candidates; the score shown is computed by score(). */
const scoreSql = sql`(case when dim then ${WEIGHTS.dimension} else 0 end + case sub when 'own' then ${WEIGHTS.subsector} when 'all' then ${WEIGHTS.sectorWide} else 0 end
  + case when pil then ${WEIGHTS.pillar} else 0 end + case when lvl then ${WEIGHTS.level} else 0 end
  + case when rank > 0 then round(${WEIGHTS.text} * rank / (rank + ${TEXT_HALF})) else 0 end + case when timely then ${WEIGHTS.timely} else 0 end)`;

const components = (r: { dim: boolean; sub: 'own' | 'all' | null; pil: boolean; lvl: boolean; rank: number; timely: boolean }): Components =>
  ({ dimension: r.dim, subsector: r.sub, pillar: r.pil, level: r.lvl, rank: Number(r.rank), timely: r.timely });

/**
 * Cases, published lessons, learning still to come and knowledge actors, from the search read
 * model: candidates share the question's dimension or some of its words; the best of each kind
 * by score. Actors that serve only other subsectors are left out.
 */
async function knowledgeProposals(db: Reader, m: MatchInput): Promise<Proposal[]> {
  const { question: q, text } = m;
  const hasText = text.lexemes.length > 0;
  const query = hasText ? orQuery(text) : sql`''::tsquery`;
  const lexemes = `{${text.lexemes.join(',')}}`;
  const { rows } = await sql<DocRow>`
    with q as (select ${query} as query),
    c as (
      select d.kind, d.source_id,
        coalesce(${q.dimension}::text is not null and d.dimensions @> array[${q.dimension}::text], false) as dim,
        case when ${q.subsector}::text = any(d.subsectors) then 'own' when d.subsectors = '{}' then 'all' end as sub,
        coalesce(${q.pillar}::int = any(d.pillars), false) as pil,
        coalesce(d.kind = 'learning' and ${m.level}::int is not null and coalesce(d.level_from, 0) <= ${m.level}::int and coalesce(d.level_to, 5) > ${m.level}::int, false) as lvl,
        case when ${hasText} then ts_rank(d.document, q.query) else 0 end as rank,
        case when d.kind = 'learning' then coalesce(d.starts_on between current_date and current_date + ${LEARNING_SOON_DAYS}::int, false)
          when d.kind in ('case', 'lesson') then d.updated_at > now() - interval '2 years' else false end as timely
      from search_documents d, q
      where d.kind in ('case', 'lesson', 'learning', 'actor')
        and (d.kind <> 'learning' or d.open_until > now())
        and (d.kind <> 'actor' or d.subsectors = '{}' or ${q.subsector}::text = any(d.subsectors))
        and ((${q.dimension}::text is not null and d.dimensions @> array[${q.dimension}::text]) or (${hasText} and d.document @@ q.query))
    ),
    ranked as (select c.*, row_number() over (partition by c.kind order by ${scoreSql} desc, c.rank desc, c.source_id) as n from c)
    select r.kind, r.source_id, r.dim, r.sub, r.pil, r.lvl, r.rank, r.timely, d.code, d.title_nl, d.title_en, d.detail, d.is_demo,
      case when ${hasText} then array(select unnest(tsvector_to_array(d.document)) intersect select unnest(${lexemes}::text[])) else '{}'::text[] end as matched
    from ranked r join search_documents d on d.kind = r.kind and d.source_id = r.source_id
    where r.n <= ${PER_KIND}`.execute(db);
  return rows.map((r) => {
    const c = components(r);
    const kind = r.kind as ProposalKind;
    return {
      kind, id: r.source_id, code: r.code, href: hrefOf(r.kind, r.code, r.source_id),
      title: { nl: r.title_nl || r.title_en, en: r.title_en || r.title_nl }, detail: r.detail, isDemo: r.is_demo,
      score: score(c), rank: c.rank,
      reasons: reasons(c, { dimension: q.dimension, subsector: q.subsector, pillar: q.pillar, level: m.level, words: matchedWords(text, r.matched), kind }),
      contact: kind === 'actor' ? { target: 'actor', id: r.source_id } : null,
    };
  });
}

interface OfferRow {
  id: number; actor_id: number; actor_code: string; actor_name: string; title_nl: string; title_en: string; is_demo: boolean;
  dim: boolean; sub: 'own' | 'all' | null; pil: boolean; lvl: boolean; rank: number; matched: string[];
}

/** Offers of support actors, scored the same way (their number stays small: all are scored). */
async function offerProposals(db: Reader, m: MatchInput): Promise<Proposal[]> {
  const { question: q, text } = m;
  const hasText = text.lexemes.length > 0;
  const query = hasText ? orQuery(text) : sql`''::tsquery`;
  const { rows } = await sql<OfferRow>`
    with q as (select ${query} as query),
    o as (
      select g.*, a.code as actor_code, a.name as actor_name,
        setweight(to_tsvector('dutch', g.title_nl), 'A') || to_tsvector('dutch', g.description_nl)
          || setweight(to_tsvector('english', g.title_en), 'A') || to_tsvector('english', g.description_en) as document
      from guide_offers g join actors a on a.id = g.actor_id
      where g.retired_at is null and a.retired_at is null
    )
    select o.id, o.actor_id, o.actor_code, o.actor_name, o.title_nl, o.title_en, o.is_demo,
      coalesce(${q.dimension}::text = any(o.dimension_codes), false) as dim,
      case when ${q.subsector}::text = any(o.subsectors) then 'own' when o.subsectors = '{}' then 'all' end as sub,
      coalesce(${q.pillar}::int = any(o.pillars), false) as pil,
      coalesce(${m.level}::int is not null and coalesce(o.level_from, 0) <= ${m.level}::int and coalesce(o.level_to, 5) >= ${m.level}::int, false) as lvl,
      case when ${hasText} then ts_rank(o.document, q.query) else 0 end as rank,
      case when ${hasText} then array(select unnest(tsvector_to_array(o.document)) intersect select unnest(${`{${text.lexemes.join(',')}}`}::text[])) else '{}'::text[] end as matched
    from o, q
    where (${q.dimension}::text is not null and ${q.dimension}::text = any(o.dimension_codes)) or (${hasText} and o.document @@ q.query)`.execute(db);
  return rows.map((r): Proposal => {
    const c = { ...components({ ...r, timely: false }) };
    return {
      kind: 'offer', id: r.id, code: null, href: `/guide/offers/${r.id}`, title: { nl: r.title_nl, en: r.title_en || r.title_nl }, detail: r.actor_name, isDemo: r.is_demo,
      score: score(c), rank: c.rank,
      reasons: reasons(c, { dimension: q.dimension, subsector: q.subsector, pillar: q.pillar, level: m.level, words: matchedWords(text, r.matched), kind: 'offer' }),
      contact: { target: 'actor', id: r.actor_id },
    };
  }).sort(byScore).slice(0, PER_KIND);
}

/**
 * Organisations that agreed to be contacted and whose latest submitted result is at least
 * PEER_LEAD levels above the asking organisation's level in the question's dimension; the same
 * subsector first, then the highest level.
 */
async function peerProposals(db: Reader, m: MatchInput): Promise<Proposal[]> {
  const { question: q } = m;
  if (!q.dimension) return [];
  const base = m.level ?? 0;
  if (base + PEER_LEAD > 5) return [];
  const { rows } = await sql<{ id: number; name: string; subsector: string; municipality: string; is_demo: boolean; level: number }>`
    select o.id, o.name, o.subsector, o.municipality, o.is_demo, r.level
    from organisations o
    cross join lateral (
      select a.id from assessments a where a.organisation_id = o.id and a.status = 'submitted'
      order by a.submitted_at desc, a.id desc limit 1
    ) l
    join assessment_results r on r.assessment_id = l.id and r.dimension_code = ${q.dimension}
    where o.contactable and o.retired_at is null and o.id <> ${q.organisationId} and r.level >= ${base + PEER_LEAD}
    order by (o.subsector = ${q.subsector}) desc, r.level desc, o.is_demo, o.name
    limit ${PER_KIND}`.execute(db);
  return rows.map((r): Proposal => {
    const c: Components = { dimension: true, subsector: r.subsector === q.subsector ? 'own' : null, pillar: false, level: true, rank: 0, timely: false };
    return {
      kind: 'peer', id: r.id, code: null, href: null, title: { nl: r.name, en: r.name }, detail: r.municipality, isDemo: r.is_demo,
      score: score(c), rank: 0,
      reasons: reasons(c, { dimension: q.dimension, subsector: q.subsector, pillar: null, level: m.level, words: [], kind: 'peer', peerLevel: r.level }),
      contact: { target: 'peer', id: r.id },
    };
  });
}

export const PROPOSAL_KINDS: readonly ProposalKind[] = ['actor', 'offer', 'case', 'lesson', 'learning', 'peer'];

/** Everything the guide proposes for one question, per kind, best first. */
export async function proposalsFor(db: Reader, m: MatchInput): Promise<Record<ProposalKind, Proposal[]>> {
  const all = [...await knowledgeProposals(db, m), ...await offerProposals(db, m), ...await peerProposals(db, m)];
  const out = Object.fromEntries(PROPOSAL_KINDS.map((k) => [k, [] as Proposal[]])) as unknown as Record<ProposalKind, Proposal[]>;
  for (const p of all) out[p.kind].push(p);
  for (const k of PROPOSAL_KINDS) out[k].sort(byScore);
  return out;
}

export interface QuestionMatch {
  question: QuestionRecord; score: number; rank: number; reasons: Reason[];
}

/**
 * The other way round: open questions whose organisations let providers see them, scored against
 * an offer (its dimensions, subsectors, pillars, level range and words). Questions that share
 * neither a dimension nor a word with the offer are left out.
 */
export async function questionsFor(db: Reader, offer: OfferRecord, text: TextQuery, limit = 20): Promise<QuestionMatch[]> {
  const hasText = text.lexemes.length > 0;
  const query = hasText ? orQuery(text) : sql`''::tsquery`;
  const { rows } = await sql<{ id: number; dim: boolean; sub: 'own' | 'all' | null; pil: boolean; lvl: boolean; rank: number; matched: string[] }>`
    with q as (select ${query} as query),
    c as (
      select gq.id, to_tsvector('dutch', gq.question) || to_tsvector('english', gq.question) as document, gq.dimension_code, gq.pillar, gq.level, o.subsector
      from guide_questions gq join organisations o on o.id = gq.organisation_id
      where gq.visible_to_providers and gq.status = 'open' and o.retired_at is null
    )
    select c.id,
      coalesce(c.dimension_code = any(${offer.dimensions}::text[]), false) as dim,
      case when c.subsector = any(${offer.subsectors}::text[]) then 'own' when cardinality(${offer.subsectors}::text[]) = 0 then 'all' end as sub,
      coalesce(c.pillar = any(${offer.pillars}::int[]), false) as pil,
      coalesce(c.level is not null and c.level between coalesce(${offer.levelFrom}::int, 0) and coalesce(${offer.levelTo}::int, 5), false) as lvl,
      case when ${hasText} then ts_rank(c.document, q.query) else 0 end as rank,
      case when ${hasText} then array(select unnest(tsvector_to_array(c.document)) intersect select unnest(${`{${text.lexemes.join(',')}}`}::text[])) else '{}'::text[] end as matched
    from c, q
    where c.dimension_code = any(${offer.dimensions}::text[]) or (${hasText} and c.document @@ q.query)`.execute(db);
  if (!rows.length) return [];
  const scored = rows.map((r) => ({ r, c: components({ ...r, timely: false }) })).map(({ r, c }) => ({ id: r.id, c, matched: r.matched, score: score(c), rank: c.rank }))
    .sort(byScore).slice(0, limit);
  const out: QuestionMatch[] = [];
  for (const s of scored) {
    const question = await findQuestion(db, s.id);
    if (!question) continue;
    out.push({
      question, score: s.score, rank: s.rank,
      reasons: reasons(s.c, { dimension: question.dimension, subsector: question.subsector, pillar: question.pillar, level: question.level, words: matchedWords(text, s.matched), kind: 'question' }),
    });
  }
  return out;
}

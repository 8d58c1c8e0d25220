import { sql } from 'kysely';
import type { Catalog } from '../../catalog/catalog.js';
import type { Texts } from '../maturity/model.js';
import { codesMappingTo } from './codes.js';
import type { Reader } from './queries.js';

/** Peers must be at least this many levels higher in the dimension to be worth asking. */
export const PEER_LEAD = 2;
const LIMIT = { learning: 4, actors: 4, cases: 3, peers: 5 } as const;

export interface LearningMatch {
  id: number; title: Texts; summary: Texts; kind: string; provider: string; providerActor: string | null; startsOn: string | null; endsOn: string | null;
  place: string | null; online: boolean; url: string | null; isDemo: boolean; dimension: string | null; levelFrom: number | null; levelTo: number | null;
}
export interface ActorMatch { code: string; name: string; kind: string; expertise: string[]; servesSubsector: boolean }
export interface CaseMatch { code: string; title: Texts; summary: Texts; country: string }
export interface PeerMatch { id: number; name: string; subsector: string; municipality: string; sameSubsector: boolean; level: number; isDemo: boolean }
export interface DimensionMatches { learning: LearningMatch[]; actors: ActorMatch[]; cases: CaseMatch[]; peers: PeerMatch[] }

/** Learning opportunities for this dimension (or for every dimension) whose level range includes the organisation's level. */
export async function matchLearning(db: Reader, code: string, level: number, today: string, limit: number = LIMIT.learning): Promise<LearningMatch[]> {
  const rows = await db.selectFrom('learning_opportunities').selectAll()
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('dimension_code', '=', code), eb('dimension_code', 'is', null)]))
    .where((eb) => eb.or([eb('level_from', 'is', null), eb('level_from', '<=', level)]))
    .where((eb) => eb.or([eb('level_to', 'is', null), eb('level_to', '>', level)]))
    .where(sql<boolean>`(coalesce(ends_on, starts_on) is null or coalesce(ends_on, starts_on) >= ${today})`)
    .orderBy(sql`dimension_code is null`).orderBy(sql`starts_on nulls last`).orderBy('id').limit(limit).execute();
  const actorCodes = new Map<number, string>();
  const ids = rows.map((r) => r.provider_actor_id).filter((x): x is number => x !== null);
  if (ids.length) for (const a of await db.selectFrom('actors').select(['id', 'code']).where('id', 'in', ids).execute()) actorCodes.set(a.id, a.code);
  return rows.map((r) => ({
    id: r.id, title: { nl: r.title_nl, en: r.title_en }, summary: { nl: r.summary_nl, en: r.summary_en }, kind: r.kind, provider: r.provider_name,
    providerActor: r.provider_actor_id === null ? null : actorCodes.get(r.provider_actor_id) ?? null, startsOn: r.starts_on, endsOn: r.ends_on, place: r.place,
    online: r.online, url: r.url, isDemo: r.is_demo, dimension: r.dimension_code, levelFrom: r.level_from, levelTo: r.level_to,
  }));
}

/** Support actors before government and funds: they are the ones an organisation can call. */
const KIND_ORDER = ['support_organisation', 'knowledge_institution', 'sector_organisation', 'company', 'international', 'government', 'fund', 'broadcaster'];

/**
 * Knowledge actors tagged with the dimension: those serving the organisation's subsector first,
 * then sector-wide ones; actors that serve only other subsectors are left out.
 */
export async function matchActors(db: Reader, catalog: Catalog, code: string, subsector: string, limit: number = LIMIT.actors): Promise<ActorMatch[]> {
  const tagged = await db.selectFrom('actor_dimensions').select('actor_id').where('dimension_code', '=', code).execute();
  const kind = (k: string) => (KIND_ORDER.indexOf(k) + 1) || KIND_ORDER.length + 1;
  return tagged.map((t) => catalog.actors.get(t.actor_id))
    .filter((a): a is NonNullable<typeof a> => a !== undefined && !a.retired && (a.subsectors.length === 0 || a.subsectors.includes(subsector)))
    .map((a) => ({ code: a.code, name: a.name, kind: a.kind, expertise: a.expertise, servesSubsector: a.subsectors.includes(subsector) }))
    .sort((a, b) => Number(b.servesSubsector) - Number(a.servesSubsector) || kind(a.kind) - kind(b.kind) || a.name.localeCompare(b.name, 'nl'))
    .slice(0, limit);
}

export async function matchCases(db: Reader, catalog: Catalog, code: string, limit: number = LIMIT.cases): Promise<CaseMatch[]> {
  const tagged = await db.selectFrom('case_dimensions').select('case_id').where('dimension_code', '=', code).orderBy('case_id').execute();
  return tagged.map((t) => catalog.cases.get(t.case_id)).filter((c) => c !== undefined)
    .map((c) => ({ code: c!.code, title: c!.title, summary: c!.summary, country: c!.country })).slice(0, limit);
}

/**
 * Organisations that agreed to be contacted and whose latest result is at least PEER_LEAD levels
 * higher in this dimension; same subsector first, then the highest level. Results of older model
 * versions count through the dimension map.
 */
export async function matchPeers(db: Reader, organisation: { id: number; subsector: string }, modelId: number, code: string, level: number, limit: number = LIMIT.peers): Promise<PeerMatch[]> {
  const pairs = await codesMappingTo(db, modelId, code);
  const codeMatch = sql.join(pairs.map(([m, c]) => sql`(l.model_id = ${m} and r.dimension_code = ${c})`), sql` or `);
  const { rows } = await sql<{ id: number; name: string; subsector: string; municipality: string; is_demo: boolean; level: number }>`
    select o.id, o.name, o.subsector, o.municipality, o.is_demo, r.level
    from organisations o
    cross join lateral (
      select a.id, a.model_id from assessments a
      where a.organisation_id = o.id and a.status = 'submitted'
      order by a.submitted_at desc, a.id desc limit 1
    ) l
    join assessment_results r on r.assessment_id = l.id
    where o.contactable and o.retired_at is null and o.id <> ${organisation.id}
      and r.level >= ${level + PEER_LEAD} and (${codeMatch})
    order by (o.subsector = ${organisation.subsector}) desc, r.level desc, o.is_demo, o.name
    limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: r.id, name: r.name, subsector: r.subsector, municipality: r.municipality, sameSubsector: r.subsector === organisation.subsector, level: r.level, isDemo: r.is_demo,
  }));
}

export async function matchDimension(db: Reader, catalog: Catalog, organisation: { id: number; subsector: string }, modelId: number, code: string, level: number, today: string): Promise<DimensionMatches> {
  const learning = await matchLearning(db, code, level, today);
  const actors = await matchActors(db, catalog, code, organisation.subsector);
  const cases = await matchCases(db, catalog, code);
  const peers = level + PEER_LEAD <= 5 ? await matchPeers(db, organisation, modelId, code, level) : [];
  return { learning, actors, cases, peers };
}

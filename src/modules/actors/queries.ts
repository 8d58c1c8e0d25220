import type { Catalog } from '../../catalog/catalog.js';
import type { Actor, Instrument } from '../../catalog/types.js';
import { FacetIndex } from '../../catalog/facet-index.js';
import type { InstrumentDependency } from '../../catalog/response-cache.js';
import { computeRoleCoverage, type RoleCoverage } from './role-coverage.js';
import { ACTOR_PAGE_SIZE, type ActorListQuery } from './schemas.js';

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }

/** Lower case without accents, so "Cultuur" finds "cultuur" and "creatie" finds "créatie". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Entry { actor: Actor; search: string }

// Actor names are proper names, the same in both languages, so one order serves both.
const collator = new Intl.Collator('nl', { numeric: true });

/** Active actors sorted by name, each with its folded search text; kept until an actor changes. */
function sortedEntries(catalog: Catalog): Entry[] {
  return catalog.memo('actors:entries', () => {
    const entries: Entry[] = [];
    for (const actor of catalog.actors.values()) if (!actor.retired) entries.push({ actor, search: `${fold(actor.name)}\n${actor.code}` });
    return entries.sort((a, b) => collator.compare(a.actor.name, b.actor.name) || a.actor.id - b.actor.id);
  }, ['actors']);
}

export interface ActorInstruments {
  /** Every instrument per responsible actor, active and retired. */
  byActor: Map<number, Instrument[]>;
  /** Number of active instruments per responsible actor. */
  activeCount: Map<number, number>;
}

/** One pass over the instruments instead of one per actor; memoised until the catalog changes. */
export function actorInstruments(catalog: Catalog): ActorInstruments {
  return catalog.memo('actors:instruments', () => {
    const byActor = new Map<number, Instrument[]>();
    const activeCount = new Map<number, number>();
    for (const i of catalog.instruments.values()) {
      if (i.responsibleActorId === null) continue;
      const list = byActor.get(i.responsibleActorId);
      if (list) list.push(i); else byActor.set(i.responsibleActorId, [i]);
      if (!i.retired) activeCount.set(i.responsibleActorId, (activeCount.get(i.responsibleActorId) ?? 0) + 1);
    }
    return { byActor, activeCount };
  }, ['instruments']);
}

/** The instruments an actor is responsible for: active first, then by name in the reader's language. */
export function instrumentsOf(catalog: Catalog, actor: Actor, lang: 'nl' | 'en'): Instrument[] {
  const list = actorInstruments(catalog).byActor.get(actor.id) ?? [];
  return [...list].sort((a, b) => Number(a.retired) - Number(b.retired) || a.name[lang].localeCompare(b.name[lang], lang));
}

/**
 * One key per role and each of its wildcards (role, focus, horizon or "*" for any), so that role, focus and horizon filters always hold on one and the same role, as the study's
 * axes describe one role.
 */
function roleKeys(actor: Actor): string[] {
  const keys: string[] = [];
  for (const r of actor.roles) {
    for (const role of [r.role, '*']) for (const focus of [r.focus, '*']) for (const horizon of [r.horizon, '*']) keys.push(`${role}/${focus}/${horizon}`);
  }
  return keys;
}

/** The active actors by name, indexed on every filter of the directory; rebuilt when an actor changes. */
function actorIndex(catalog: Catalog): FacetIndex<Actor> {
  return catalog.memo('actors:index', () => {
    const entries = sortedEntries(catalog);
    return new FacetIndex(entries.map((e) => e.actor), {
      kind: (a) => [a.kind], pillar: (a) => a.pillars, subsector: (a) => a.subsectors, expertise: (a) => a.expertise, role: roleKeys,
    }, entries.map((e) => e.search));
  }, ['actors']);
}

/**
 * The directory shows each actor's number of active instruments: only an instrument that is
 * new, changes its responsible actor or changes its status can change one of those numbers.
 */
export const instrumentCountsChanged: InstrumentDependency = (before, after) =>
  before === undefined || before.responsibleActorId !== after.responsibleActorId || before.retired !== after.retired;

export function listActors(catalog: Catalog, query: ActorListQuery): Page<Actor> {
  const conditions: Array<[string, string | number]> = [];
  if (query.kind !== undefined) conditions.push(['kind', query.kind]);
  if (query.pillar !== undefined) conditions.push(['pillar', query.pillar]);
  if (query.subsector !== undefined) conditions.push(['subsector', query.subsector]);
  if (query.expertise !== undefined) conditions.push(['expertise', query.expertise]);
  if (query.role !== undefined || query.focus !== undefined || query.horizon !== undefined) {
    conditions.push(['role', `${query.role ?? '*'}/${query.focus ?? '*'}/${query.horizon ?? '*'}`]);
  }
  const needle = query.q?.trim() ? fold(query.q.trim()) : undefined;
  return actorIndex(catalog).query(conditions, needle, query.page ?? 1, query.pageSize ?? ACTOR_PAGE_SIZE);
}

/** The R1.2 coverage check over the current actors; kept until an actor or the subsectors change. */
export function roleCoverage(catalog: Catalog): RoleCoverage {
  return catalog.memo('actors:roleCoverage', () =>
    computeRoleCoverage(sortedEntries(catalog).map((e) => e.actor), catalog.subsectors.map((s) => s.code)), ['framework', 'actors']);
}

import type { Catalog } from '../../catalog/catalog.js';
import type { Instrument } from '../../catalog/types.js';
import { instrumentIndex } from './list-index.js';
import { foldName, sortKeys } from '../../catalog/sort-keys.js';
import type { InstrumentDependency } from '../../catalog/response-cache.js';
import type { Lang } from '../../plugins/i18n.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import type { InstrumentListQuery } from './schemas.js';

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }

/** A filter that names something that does not exist is a 400 naming it, not an empty list. */
export function checkListFilters(catalog: Catalog, query: InstrumentListQuery): void {
  const errors: FieldError[] = [];
  if (query.challenge !== undefined && !catalog.challenge(query.challenge)) errors.push({ field: 'querystring.challenge', message: `challenge ${query.challenge} does not exist`, code: 'reference' });
  if (query.actor !== undefined && !catalog.actorByCode(query.actor)) errors.push({ field: 'querystring.actor', message: `actor ${query.actor} does not exist`, code: 'reference' });
  if (errors.length) throw invalid(errors);
}

/** Whether one instrument meets a list's filters: the same rule as the index, for a single item. */
export function instrumentMatches(catalog: Catalog, query: InstrumentListQuery, i: Instrument): boolean {
  const status = query.status ?? 'active';
  if (status !== 'all' && (status === 'retired') !== i.retired) return false;
  if (query.challenge !== undefined && !i.links.some((l) => l.challenge === query.challenge)) return false;
  if (query.pillar !== undefined && !i.links.some((l) => catalog.challenge(l.challenge)?.pillar === query.pillar)) return false;
  if (query.type !== undefined && i.type !== query.type) return false;
  if (query.actor !== undefined && catalog.actorByCode(query.actor)?.id !== i.responsibleActorId) return false;
  const needle = query.q?.trim() ? foldName(query.q.trim()) : undefined;
  if (needle && !`${sortKeys(i.name).nl}\u0000${sortKeys(i.name).en}\u0000${i.code}`.includes(needle)) return false;
  return true;
}

/**
 * A cached list stays valid through a change to an instrument that matches its filters neither
 * before nor after the change: its members, their order and its total are then untouched.
 */
export function listDependency(catalog: Catalog, query: InstrumentListQuery): InstrumentDependency {
  return (before, after) => (before !== undefined && instrumentMatches(catalog, query, before)) || instrumentMatches(catalog, query, after);
}

export function listInstruments(catalog: Catalog, query: InstrumentListQuery, lang: Lang): Page<Instrument> {
  checkListFilters(catalog, query);
  const conditions: Array<[string, string | number]> = [];
  if (query.status !== 'all') conditions.push(['status', query.status ?? 'active']);
  if (query.challenge !== undefined) conditions.push(['challenge', query.challenge]);
  if (query.pillar !== undefined) conditions.push(['pillar', query.pillar]);
  if (query.type !== undefined) conditions.push(['type', query.type]);
  if (query.actor !== undefined) conditions.push(['actor', catalog.actorByCode(query.actor)!.id]);
  const needle = query.q?.trim() ? foldName(query.q.trim()) : undefined;
  return instrumentIndex(catalog, lang).query(conditions, needle, query.page ?? 1, query.pageSize ?? 25);
}

import type { CatalogArea } from '../../catalog/catalog.js';

/** What one search looks in, and the limits shared by the schemas, the query and the views. */
export const SEARCH_TYPES = ['case', 'lesson', 'learning', 'actor', 'instrument', 'call'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
/** Types that have dates, so the "upcoming only" filter applies to them. */
export const DATED_TYPES: readonly SearchType[] = ['learning', 'call'];

export const LIMITS = { query: 200, pageSize: 20, maxPage: 500 } as const;

/**
 * Every write to searchable data changes one of these areas (the app touches 'calls' and
 * 'knowledge' after writes under their addresses; actors, instruments and cases are refreshed by
 * their own commands), so a cached result keyed on their stamp is never stale.
 */
export const SEARCH_AREAS: readonly CatalogArea[] = ['cases', 'actors', 'instruments', 'calls', 'knowledge'];

/** Where each kind of result lives in the platform. */
export function hrefOf(type: SearchType, code: string | null, id: number): string {
  switch (type) {
    case 'case': return `/cases/${encodeURIComponent(code ?? String(id))}`;
    case 'lesson': return `/lessons/${encodeURIComponent(code ?? String(id))}`;
    case 'learning': return `/learning/${id}`;
    case 'actor': return `/actors/${encodeURIComponent(code ?? String(id))}`;
    case 'instrument': return `/instruments/${encodeURIComponent(code ?? String(id))}`;
    case 'call': return `/calls/${encodeURIComponent(code ?? String(id))}`;
  }
}

import type { FastifyInstance } from 'fastify';
import { SEARCH_AREAS } from './constants.js';
import { liveSearchIndex } from './live-index.js';
import { memorySearch } from './memory-search.js';
import type { SearchParams, SearchResult } from './queries.js';

/** Whitespace does not change a search: "  open   data " is the same query as "open data". */
export const normalise = (q: string) => q.trim().replace(/\s+/g, ' ');

/**
 * The cache key of one search: the normalised words, every filter, the language and the page.
 * "Upcoming" depends on the clock, so such a key also carries the hour.
 */
export function searchKey(p: SearchParams): string {
  const f = [p.type ?? '', p.pillar ?? '', p.challenge ?? '', p.dimension ?? '', p.subsector ?? '', p.upcoming ? new Date().toISOString().slice(0, 13) : ''];
  return `search:${p.lang}:${p.page}:${f.join(':')}:${normalise(p.q)}`;
}

/**
 * Search results as JSON text, from the shared response cache (bounded, least recently used go
 * first): valid while no searchable data changed (the stamp of SEARCH_AREAS), computed once for
 * concurrent identical searches, from the in-memory index (memory-search.ts).
 */
export function cachedSearchJson(app: FastifyInstance, p: SearchParams): Promise<string> {
  const params = { ...p, q: normalise(p.q) };
  return app.readModels.responses.getAsync(searchKey(params), SEARCH_AREAS, async () => JSON.stringify(await memorySearch(app.db, liveSearchIndex(app), params)));
}

export async function cachedSearch(app: FastifyInstance, p: SearchParams): Promise<SearchResult> {
  return JSON.parse(await cachedSearchJson(app, p)) as SearchResult;
}

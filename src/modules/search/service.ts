import type { FastifyInstance } from 'fastify';
import { SEARCH_AREAS } from './constants.js';
import { liveSearchIndex } from './live-index.js';
import { memorySearchJson, resolveSearch, type ResolvedSearch } from './memory-search.js';
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
 * What a cached search result is valid for: the generation of its words' ranked list, which
 * changes only when a record matching those words was added, changed or removed (ranked-lists.ts).
 * A write elsewhere in the searchable data leaves the result cached. Words the in-memory search
 * does not read (answered by SQL) fall back to the stamp of every searchable area.
 */
export async function searchStamp(app: FastifyInstance, q: string): Promise<{ stamp: string; resolved: ResolvedSearch }> {
  const resolved = await resolveSearch(liveSearchIndex(app), normalise(q));
  const stamp = resolved.parsed.tree === undefined ? `a${app.readModels.catalog.stamp(SEARCH_AREAS)}` : `g${resolved.list?.generation ?? 0}`;
  return { stamp, resolved };
}

/**
 * Search results as JSON (UTF-8 bytes), from the shared response cache (bounded, least recently used go
 * first), per search and stamp (above); computed once for concurrent identical searches, from
 * the in-memory index (memory-search.ts).
 */
export async function cachedSearchJson(app: FastifyInstance, p: SearchParams): Promise<Buffer> {
  const params = { ...p, q: normalise(p.q) };
  const { stamp, resolved } = await searchStamp(app, params.q);
  return app.readModels.responses.getAsync(`${searchKey(params)}:${stamp}`, [], () => memorySearchJson(app.db, liveSearchIndex(app), params, resolved));
}

export async function cachedSearch(app: FastifyInstance, p: SearchParams): Promise<SearchResult> {
  return JSON.parse((await cachedSearchJson(app, p)).toString('utf8')) as SearchResult;
}

import type { Db } from '../../db/database.js';
import type { Lang } from '../../plugins/i18n.js';
import { hrefOf, LIMITS, SEARCH_TYPES } from './constants.js';
import { highlighted, plain } from './highlight.js';
import type { LiveSearchIndex, ParsedQuery } from './live-index.js';
import { runSearch, stripUndefined, type SearchFilters, type SearchHit, type SearchParams, type SearchResult } from './queries.js';
import type { Ranked, RankedList } from './ranked-lists.js';
import type { SearchDoc } from './search-index.js';
import { learnStems, markAll, snippetOf, termsOf } from './snippets.js';
import { dimensionBits, pillarBits, subsectorBits, type TagBits } from './tag-bits.js';

const titleOf = (doc: SearchDoc, lang: Lang) => (lang === 'en' ? doc.titleEn : doc.titleNl);
const bodyOf = (doc: SearchDoc, lang: Lang) => (lang === 'en' ? doc.bodyEn : doc.bodyNl);

/** The language a record is shown in: the reader's, unless the record exists only in the other. */
const shownLang = (doc: SearchDoc, lang: Lang): Lang => ((lang === 'en' && doc.titleEn !== '') || doc.titleNl === '' ? 'en' : 'nl');

/**
 * A ranked list's tags as columns (kind, tag bits, end), so that filtering thousands of records
 * is a tight loop over typed arrays. Made once per list: a list that changes is a new array.
 */
interface Columns { kind: Uint8Array; pillar: Int32Array; dimension: Int32Array; subsector: Int32Array; openUntil: Float64Array }
const columnsOf = new WeakMap<Ranked[], Columns>();
function columns(items: Ranked[]): Columns {
  let c = columnsOf.get(items);
  if (!c) {
    const n = items.length;
    c = { kind: new Uint8Array(n), pillar: new Int32Array(n), dimension: new Int32Array(n), subsector: new Int32Array(n), openUntil: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const d = items[i]!.doc;
      c.kind[i] = SEARCH_TYPES.indexOf(d.kind);
      c.pillar[i] = d.pillarMask; c.dimension[i] = d.dimensionMask; c.subsector[i] = d.subsectorMask;
      // Only dated records have an end (NaN compares false: undated records drop out of "upcoming").
      c.openUntil[i] = d.openUntil ?? NaN;
    }
    columnsOf.set(items, c);
  }
  return c;
}

/** The records of `items` that pass the filters: how many, and those from `offset` on (at most `limit`). */
function filtered(items: Ranked[], f: SearchFilters, offset: number, limit: number, now: number): { total: number; page: Ranked[] } {
  const c = columns(items);
  const type = f.type ? SEARCH_TYPES.indexOf(f.type) : -1;
  // -1: no such filter.
  const bit = (family: TagBits, code: string | number | undefined) => (code === undefined || code === '' ? -1 : family.bit(code));
  const pb = bit(pillarBits, f.pillar), db = bit(dimensionBits, f.dimension), sb = bit(subsectorBits, f.subsector);
  const page: Ranked[] = [];
  let total = 0;
  // Only a tag without a bit (past 31 per family) or a challenge needs the record itself.
  const byRecord = pb === 0 || db === 0 || sb === 0 || f.challenge !== undefined;
  for (let i = 0; i < items.length; i++) {
    if (type >= 0 && c.kind[i] !== type) continue;
    if (pb > 0 && (c.pillar[i]! & pb) === 0) continue;
    if (db > 0 && (c.dimension[i]! & db) === 0) continue;
    if (sb > 0 && (c.subsector[i]! & sb) === 0) continue;
    if (f.upcoming && !(c.openUntil[i]! > now)) continue;
    if (byRecord) {
      const d = items[i]!.doc;
      if ((pb === 0 && !d.pillars.includes(f.pillar!)) || (db === 0 && !d.dimensions.includes(f.dimension!))
        || (sb === 0 && !d.subsectors.includes(f.subsector!)) || (f.challenge !== undefined && !d.challenges.includes(f.challenge))) continue;
    }
    if (total >= offset && page.length < limit) page.push(items[i]!);
    total++;
  }
  return { total, page };
}

/** The search words as parsed, and every record they match, ranked (null for words that match nothing). */
export interface ResolvedSearch { parsed: ParsedQuery; list: RankedList | null }

export async function resolveSearch(live: LiveSearchIndex, q: string): Promise<ResolvedSearch> {
  const [index, parsed] = await Promise.all([live.current(), live.parse(q)]);
  return { parsed, list: parsed.tree ? live.ranked.list(index, parsed.text, parsed.tree) : null };
}

/**
 * One page of results from memory, equal to runSearch (queries.ts): the same records in the same
 * order with the same rank. The database is asked only to parse new search words and to mark the
 * matched words in titles and snippets of documents it has not marked for these words before.
 */
export async function memorySearch(db: Db, live: LiveSearchIndex, p: SearchParams, resolved?: ResolvedSearch): Promise<SearchResult> {
  const { parsed, list } = resolved ?? await resolveSearch(live, p.q);
  if (parsed.tree === undefined) return runSearch(db, p);
  const pageSize = LIMITS.pageSize;
  const offset = (p.page - 1) * pageSize;
  const filters = stripUndefined(p);
  const all: Ranked[] = list?.items ?? [];
  let total: number, page: Ranked[];
  if (!Object.keys(filters).length) {
    total = all.length;
    page = all.slice(offset, offset + pageSize);
  } else {
    ({ total, page } = filtered(all, filters, offset, pageSize, Date.now()));
  }
  const marked = await headlines(db, live, parsed.text, page.map((r) => ({ doc: r.doc, lang: shownLang(r.doc, p.lang) })));
  return {
    q: p.q, filters, page: p.page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)),
    items: page.map((r, i): SearchHit => {
      const d = r.doc, m = marked[i]!;
      return {
        type: d.kind, id: d.sourceId, code: d.code, href: hrefOf(d.kind, d.code, d.sourceId),
        title: plain(m.title), titleHtml: highlighted(m.title), snippetHtml: highlighted(m.snippet), detail: d.detail, lang: shownLang(d, p.lang),
        pillars: d.pillars, challenges: d.challenges, dimensions: d.dimensions, subsectors: d.subsectors,
        startsOn: d.startsOn, openUntil: d.openUntil === null || !Number.isFinite(d.openUntil) ? null : new Date(Math.floor(d.openUntil)).toISOString(),
        isDemo: d.isDemo, rank: Math.round(r.rank * 10000) / 10000,
      };
    }),
  };
}

interface Marked { title: string; snippet: string }

/**
 * Titles and snippets with the matched words marked (snippets.ts), per version of a document,
 * language and query: a document that did not change keeps them across writes. Words not
 * stemmed before are stemmed in one statement.
 */
async function headlines(db: Db, live: LiveSearchIndex, query: string, wanted: Array<{ doc: SearchDoc; lang: Lang }>): Promise<Marked[]> {
  const key = (w: { doc: SearchDoc; lang: Lang }) => `${w.doc.revision}:${w.lang}:${query}`;
  const out: Array<Marked | undefined> = wanted.map((w) => live.snippets.get(key(w)));
  const missing = wanted.filter((_, i) => !out[i]);
  if (!missing.length) return out as Marked[];
  await learnStems(db, missing.flatMap((w) => [{ text: titleOf(w.doc, w.lang), lang: w.lang }, { text: bodyOf(w.doc, w.lang), lang: w.lang }]));
  const terms = termsOf(query);
  return wanted.map((w, i) => {
    if (out[i]) return out[i];
    const m = { title: markAll(titleOf(w.doc, w.lang), w.lang, terms), snippet: snippetOf(bodyOf(w.doc, w.lang), w.lang, terms) };
    live.snippets.set(key(w), m);
    return m;
  });
}

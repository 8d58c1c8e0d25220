import type { Db } from '../../db/database.js';
import type { Lang } from '../../plugins/i18n.js';
import { hrefOf, LIMITS, SEARCH_TYPES } from './constants.js';
import { highlighted, plain } from './highlight.js';
import type { LiveSearchIndex, ParsedQuery } from './live-index.js';
import { runSearch, stripUndefined, type SearchFilters, type SearchHit, type SearchParams } from './queries.js';
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
 * One page of results from memory as JSON text (what the API sends and the response cache
 * keeps), equal to runSearch (queries.ts): the same records in the same order with the same
 * rank. The database is asked only to parse new search words and to mark the matched words in
 * titles and snippets of documents it has not marked for these words before. Each record's
 * entry is kept as JSON per version of the record, language and query (hitJson): a page of
 * results that was never asked for before is mostly made of entries other pages already made.
 */
export async function memorySearchJson(db: Db, live: LiveSearchIndex, p: SearchParams, resolved?: ResolvedSearch): Promise<string> {
  const { parsed, list } = resolved ?? await resolveSearch(live, p.q);
  if (parsed.tree === undefined) return JSON.stringify(await runSearch(db, p));
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
  const items = await hitsJson(db, live, parsed.text, page, p.lang);
  // The same text as JSON.stringify of a SearchResult: its fields in this order, items last.
  const head = JSON.stringify({ q: p.q, filters, page: p.page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) });
  return `${head.slice(0, -1)},"items":[${items.join(',')}]}`;
}

/** One record's entry in a result, as JSON: a function of the record's version, the language shown and the query. */
function hitJson(r: Ranked, lang: Lang, title: string, snippet: string): string {
  const d = r.doc;
  const hit: SearchHit = {
    type: d.kind, id: d.sourceId, code: d.code, href: hrefOf(d.kind, d.code, d.sourceId),
    title: plain(title), titleHtml: highlighted(title), snippetHtml: highlighted(snippet), detail: d.detail, lang,
    pillars: d.pillars, challenges: d.challenges, dimensions: d.dimensions, subsectors: d.subsectors,
    startsOn: d.startsOn, openUntil: d.openUntil === null || !Number.isFinite(d.openUntil) ? null : new Date(Math.floor(d.openUntil)).toISOString(),
    isDemo: d.isDemo, rank: Math.round(r.rank * 10000) / 10000,
  };
  return JSON.stringify(hit);
}

/**
 * The entries of one page of results as JSON, with the matched words marked in titles and
 * snippets (snippets.ts), per version of a document, language and query: a document that did
 * not change keeps them across writes. Words not stemmed before are stemmed in one statement.
 * (The rank is part of the entry: ts_rank depends on the document and the query only.)
 */
async function hitsJson(db: Db, live: LiveSearchIndex, query: string, page: Ranked[], readerLang: Lang): Promise<string[]> {
  const langs = page.map((r) => shownLang(r.doc, readerLang));
  const keys = page.map((r, i) => `${r.doc.revision}:${langs[i]}:${query}`);
  const out: Array<string | undefined> = keys.map((k) => live.hits.get(k));
  if (!out.includes(undefined)) return out as string[];
  const missing = page.flatMap((r, i) => (out[i] === undefined ? [{ doc: r.doc, lang: langs[i]! }] : []));
  await learnStems(db, missing.flatMap((w) => [{ text: titleOf(w.doc, w.lang), lang: w.lang }, { text: bodyOf(w.doc, w.lang), lang: w.lang }]));
  const terms = termsOf(query);
  return page.map((r, i) => {
    const known = out[i];
    if (known !== undefined) return known;
    const lang = langs[i]!;
    const json = hitJson(r, lang, markAll(titleOf(r.doc, lang), lang, terms), snippetOf(bodyOf(r.doc, lang), lang, terms));
    live.hits.set(keys[i]!, json);
    return json;
  });
}

import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Lang } from '../../plugins/i18n.js';
import { hrefOf, LIMITS } from './constants.js';
import { highlighted, plain } from './highlight.js';
import type { LiveSearchIndex, ParsedQuery } from './live-index.js';
import { runSearch, SNIPPET_OPTIONS, stripUndefined, TITLE_OPTIONS, type SearchFilters, type SearchHit, type SearchParams, type SearchResult } from './queries.js';
import type { Ranked, RankedList } from './ranked-lists.js';
import type { SearchDoc } from './search-index.js';
import { dimensionBits, has, pillarBits, subsectorBits } from './tag-bits.js';

/** The language a record is shown in: the reader's, unless the record exists only in the other. */
const shownLang = (doc: SearchDoc, lang: Lang): Lang => ((lang === 'en' && doc.titleEn !== '') || doc.titleNl === '' ? 'en' : 'nl');

function passes(doc: SearchDoc, f: SearchFilters, now: number): boolean {
  if (f.type && doc.kind !== f.type) return false;
  if (f.pillar !== undefined && !has(pillarBits, doc.pillarMask, doc.pillars, f.pillar)) return false;
  if (f.challenge !== undefined && !doc.challenges.includes(f.challenge)) return false;
  if (f.dimension && !has(dimensionBits, doc.dimensionMask, doc.dimensions, f.dimension)) return false;
  if (f.subsector && !has(subsectorBits, doc.subsectorMask, doc.subsectors, f.subsector)) return false;
  // Only dated records have an end; everything else drops out with this filter.
  if (f.upcoming && !(doc.openUntil !== null && doc.openUntil > now)) return false;
  return true;
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
    const now = Date.now();
    total = 0;
    page = [];
    for (const r of all) {
      if (!passes(r.doc, filters, now)) continue;
      if (total >= offset && page.length < pageSize) page.push(r);
      total++;
    }
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
 * Titles and snippets with the matched words marked (ts_headline), per version of a document,
 * language and query: a document that did not change keeps its snippet across writes. Only the
 * documents of the page are asked for, in one statement.
 */
async function headlines(db: Db, live: LiveSearchIndex, query: string, wanted: Array<{ doc: SearchDoc; lang: Lang }>): Promise<Marked[]> {
  const key = (w: { doc: SearchDoc; lang: Lang }) => `${w.doc.revision}:${w.lang}:${query}`;
  const out: Array<Marked | undefined> = wanted.map((w) => live.snippets.get(key(w)));
  const missing = wanted.filter((_, i) => !out[i]);
  if (missing.length) {
    const { rows } = await sql<{ revision: string; title: string; snippet: string }>`
      select x.revision::text as revision,
        ts_headline(case when x.shown = 'en' then 'english'::regconfig else 'dutch'::regconfig end,
          translate(case when x.shown = 'en' then d.title_en else d.title_nl end, chr(1) || chr(2), ''), q.query, ${TITLE_OPTIONS}) as title,
        ts_headline(case when x.shown = 'en' then 'english'::regconfig else 'dutch'::regconfig end,
          translate(case when x.shown = 'en' then d.body_en else d.body_nl end, chr(1) || chr(2), ''), q.query, ${SNIPPET_OPTIONS}) as snippet
      from unnest(${`{${missing.map((w) => w.doc.revision).join(',')}}`}::int8[], ${`{${missing.map((w) => w.lang).join(',')}}`}::text[]) as x(revision, shown)
      join search_documents d on d.revision = x.revision
      cross join (select ${query}::tsquery as query) q`.execute(db);
    const found = new Map(rows.map((r) => [r.revision, r]));
    wanted.forEach((w, i) => {
      if (out[i]) return;
      const row = found.get(w.doc.revision);
      if (row) {
        const m = { title: row.title, snippet: row.snippet };
        live.snippets.set(key(w), m);
        out[i] = m;
      } else {
        // The record changed since the index was read; the next read (after the write's renewal) shows it marked.
        out[i] = { title: w.lang === 'en' ? w.doc.titleEn : w.doc.titleNl, snippet: '' };
      }
    });
  }
  return out as Marked[];
}

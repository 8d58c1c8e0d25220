import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Lang } from '../../plugins/i18n.js';
import { hrefOf, LIMITS, type SearchType } from './constants.js';
import { highlighted, plain } from './highlight.js';
import { learnStems, markAll, snippetOf, termsOf } from './snippets.js';

export type Reader = Kysely<Database> | Transaction<Database>;

export interface SearchFilters {
  type?: SearchType | undefined;
  pillar?: number | undefined;
  challenge?: number | undefined;
  dimension?: string | undefined;
  subsector?: string | undefined;
  /** Only learning opportunities and calls that have not ended or closed yet. */
  upcoming?: boolean | undefined;
}

export interface SearchParams extends SearchFilters { q: string; page: number; lang: Lang }

export interface SearchHit {
  type: SearchType; id: number; code: string | null; href: string;
  title: string; titleHtml: string; snippetHtml: string; detail: string;
  /** The language of the title and snippet shown (a record may exist in one language only). */
  lang: Lang;
  pillars: number[]; challenges: number[]; dimensions: string[]; subsectors: string[];
  startsOn: string | null; openUntil: string | null; isDemo: boolean; rank: number;
}

export interface SearchResult {
  q: string; filters: SearchFilters; page: number; pageSize: number; total: number; pages: number; items: SearchHit[];
}

/**
 * The search query: Dutch words stemmed with the `dutch` configuration, English with `english`,
 * either may match (websearch syntax: "quoted phrases", or, -word).
 */
export const tsQuery = (q: string) => sql`(websearch_to_tsquery('dutch', ${q}) || websearch_to_tsquery('english', ${q}))`;

function conditions(f: SearchFilters) {
  const where = [sql`d.document @@ q.query`];
  if (f.type) where.push(sql`d.kind = ${f.type}`);
  if (f.pillar !== undefined) where.push(sql`${f.pillar}::int = any(d.pillars)`);
  if (f.challenge !== undefined) where.push(sql`${f.challenge}::int = any(d.challenges)`);
  if (f.dimension) where.push(sql`d.dimensions @> array[${f.dimension}]::text[]`);
  if (f.subsector) where.push(sql`${f.subsector}::text = any(d.subsectors)`);
  // Only dated records have open_until; everything else drops out with this filter.
  if (f.upcoming) where.push(sql`d.open_until > now()`);
  return sql.join(where, sql` and `);
}

interface Row {
  kind: SearchType; source_id: number; code: string | null; detail: string; pillars: number[]; challenges: number[]; dimensions: string[]; subsectors: string[];
  starts_on: string | Date | null; open_until: Date | string | null; is_demo: boolean; rank: number; total: string | number; shown: Lang; title: string; body: string; tsq: string;
}

/**
 * One page of results, best first (text rank, then the most recently changed), with the title
 * and a snippet in the reader's language (or the record's only language), matched words marked.
 * Only the page's rows are fetched in full and given headlines.
 */
export async function runSearch(db: Reader, p: SearchParams): Promise<SearchResult> {
  const pageSize = LIMITS.pageSize;
  const offset = (p.page - 1) * pageSize;
  const filters: SearchFilters = stripUndefined(p);
  const preferEn = p.lang === 'en';
  const { rows } = await sql<Row>`
    with q as (select ${tsQuery(p.q)} as query),
    hits as (
      select d.kind, d.source_id, ts_rank(d.document, q.query) as rank, count(*) over () as total
      from search_documents d, q
      where ${conditions(filters)}
      order by rank desc, d.updated_at desc, d.kind, d.source_id
      limit ${pageSize} offset ${offset}
    ),
    shown as (
      select h.*, d.code, d.detail, d.pillars, d.challenges, d.dimensions, d.subsectors, d.starts_on, d.open_until, d.is_demo, d.updated_at,
        case when (${preferEn} and d.title_en <> '') or d.title_nl = '' then 'en' else 'nl' end as shown,
        d.title_nl, d.title_en, d.body_nl, d.body_en
      from hits h join search_documents d on d.kind = h.kind and d.source_id = h.source_id
    )
    select s.kind, s.source_id, s.code, s.detail, s.pillars, s.challenges, s.dimensions, s.subsectors, s.starts_on::text as starts_on, s.open_until,
      s.is_demo, s.rank, s.total, s.shown, q.query::text as tsq,
      case when s.shown = 'en' then s.title_en else s.title_nl end as title,
      case when s.shown = 'en' then s.body_en else s.body_nl end as body
    from shown s, q
    order by s.rank desc, s.updated_at desc, s.kind, s.source_id`.execute(db);
  const total = rows.length ? Number(rows[0]!.total) : offset > 0 ? await countOnly(db, p.q, filters) : 0;
  const terms = rows.length ? termsOf(rows[0]!.tsq) : [];
  await learnStems(db, rows.flatMap((r) => [{ text: r.title, lang: r.shown }, { text: r.body, lang: r.shown }]));
  return {
    q: p.q, filters, page: p.page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => {
      const title = markAll(r.title, r.shown, terms);
      return {
        type: r.kind, id: r.source_id, code: r.code, href: hrefOf(r.kind, r.code, r.source_id),
        title: plain(title), titleHtml: highlighted(title), snippetHtml: highlighted(snippetOf(r.body, r.shown, terms)), detail: r.detail, lang: r.shown,
        pillars: r.pillars, challenges: r.challenges, dimensions: r.dimensions, subsectors: r.subsectors,
        startsOn: r.starts_on === null ? null : String(r.starts_on).slice(0, 10), openUntil: isoOrNull(r.open_until),
        isDemo: r.is_demo, rank: Math.round(Number(r.rank) * 10000) / 10000,
      };
    }),
  };
}

async function countOnly(db: Reader, q: string, f: SearchFilters): Promise<number> {
  const { rows } = await sql<{ n: number }>`with q as (select ${tsQuery(q)} as query)
    select count(*)::int as n from search_documents d, q where ${conditions(f)}`.execute(db);
  return rows[0]?.n ?? 0;
}

export function isoOrNull(v: Date | string | null): string | null {
  if (v === null) return null;
  const d = v instanceof Date ? v : new Date(v);
  return Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

export function stripUndefined(p: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  if (p.type) out.type = p.type;
  if (p.pillar !== undefined) out.pillar = p.pillar;
  if (p.challenge !== undefined) out.challenge = p.challenge;
  if (p.dimension) out.dimension = p.dimension;
  if (p.subsector) out.subsector = p.subsector;
  if (p.upcoming) out.upcoming = true;
  return out;
}

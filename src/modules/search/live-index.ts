import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import type { ReadModels } from '../../read-models.js';
import { SEARCH_AREAS } from './constants.js';
import { tsQuery } from './queries.js';
import { RankedLists } from './ranked-lists.js';
import { SearchIndex } from './search-index.js';
import { parseTsQuery, type TsNode } from './tsquery.js';
import { Lru } from '../../catalog/lru.js';

/** tree: null for the empty query (it matches nothing); undefined when the text is not understood here (the SQL search answers). */
export interface ParsedQuery { text: string; tree: TsNode | null | undefined }

/**
 * The search index of one running app, with what is derived from it: parsed queries (a pure
 * function of the words, kept across writes), ranked lists per query, and each record's entry in
 * a result (with its highlighted title and snippet) per version of the record. The index is
 * brought up to date on the first read after any change to the searchable areas; concurrent
 * readers share one refresh, and a change during a refresh queues the next one, so a read never
 * sees data older than the write it follows.
 */
export class LiveSearchIndex {
  readonly index = new SearchIndex();
  readonly ranked = new RankedLists();
  /** Each record's entry in a result as JSON, per version of the record, language and query (memory-search.ts), up to 48 MB of text. */
  readonly hits = new Lru<string>(48 * 1024 * 1024, (json) => json.length * 2);
  private readonly parsed = new Lru<Promise<ParsedQuery>>(5_000);
  private stamp: string | null = null;
  private pending: Promise<SearchIndex> | null = null;

  constructor(private readonly db: Db, private readonly readModels: ReadModels) {}

  current(): Promise<SearchIndex> {
    const stamp = this.readModels.catalog.stamp(SEARCH_AREAS);
    if (stamp === this.stamp && this.pending) return this.pending;
    this.stamp = stamp;
    const previous = this.pending?.catch(() => undefined) ?? Promise.resolve();
    const next = previous.then(async () => { await this.index.refresh(this.db); return this.index; });
    this.pending = next;
    // A failed refresh is retried by the next read.
    next.catch(() => { if (this.pending === next) { this.pending = null; this.stamp = null; } });
    return next;
  }

  /**
   * The search words as PostgreSQL reads them (websearch syntax, stemmed with `dutch` and with
   * `english`, either may match), as text and as a tree; asked once per distinct text.
   */
  parse(q: string): Promise<ParsedQuery> {
    let hit = this.parsed.get(q);
    if (!hit) {
      hit = sql<{ t: string }>`select ${tsQuery(q)}::text as t`.execute(this.db).then(({ rows }) => {
        const text = rows[0]?.t ?? '';
        try { return { text, tree: parseTsQuery(text) }; } catch { return { text, tree: undefined }; }
      });
      this.parsed.set(q, hit);
      hit.catch(() => this.parsed.delete(q));
    }
    return hit;
  }
}

const held = new WeakMap<ReadModels, LiveSearchIndex>();

/** The app's search index (one per set of read models, shared by search and the guide). */
export function liveSearchIndex(app: FastifyInstance): LiveSearchIndex {
  let live = held.get(app.readModels);
  if (!live) { live = new LiveSearchIndex(app.db, app.readModels); held.set(app.readModels, live); }
  return live;
}

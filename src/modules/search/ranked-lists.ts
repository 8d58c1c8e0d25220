import type { SearchDoc, SearchIndex } from './search-index.js';
import { compileQuery, matches, rank, type CompiledQuery } from './ts-rank.js';
import type { TsNode } from './tsquery.js';

export interface Ranked { doc: SearchDoc; rank: number }

/** The order of the SQL search: text rank, then the most recently changed, then kind and id. */
export function byRank(a: Ranked, b: Ranked): number {
  return b.rank - a.rank || b.doc.updatedAt - a.doc.updatedAt || (a.doc.kind < b.doc.kind ? -1 : a.doc.kind > b.doc.kind ? 1 : 0) || a.doc.sourceId - b.doc.sourceId;
}

/**
 * A query's ranked records at one index version. `generation` changes only when the list itself
 * changed (a matching record added, changed or removed), so what is made from the list (a page of
 * results) can be kept across writes that did not touch it.
 */
export interface RankedList { version: number; items: Ranked[]; generation: number }
type Entry = RankedList;

/**
 * Every record matching one query, ranked, whatever the filters and page: filters and pages are
 * then a scan of this list. A list made at an earlier version of the index is brought up to date
 * from the index's changes (drop the replaced records, rank and insert the new ones) instead of
 * being ranked again; the least recently used lists go first.
 */
export class RankedLists {
  private readonly lists = new Map<string, Entry>();
  private generations = 0;
  constructor(private readonly limit = 500) {}

  get(index: SearchIndex, key: string, tree: TsNode): Ranked[] {
    return this.list(index, key, tree).items;
  }

  list(index: SearchIndex, key: string, tree: TsNode): RankedList {
    let entry = this.lists.get(key);
    if (entry) this.lists.delete(key);
    if (!entry || entry.version !== index.version) entry = this.update(index, tree, entry);
    this.lists.set(key, entry);
    if (this.lists.size > this.limit) this.lists.delete(this.lists.keys().next().value!);
    return entry;
  }

  private update(index: SearchIndex, tree: TsNode, held: Entry | undefined): Entry {
    const query = compileQuery(tree, index);
    const changes = held ? index.changesSince(held.version) : null;
    if (!held || !changes) return { version: index.version, items: rankAll(index, query), generation: ++this.generations };
    const gone = new Set<SearchDoc>(changes.flatMap((c) => c.removed));
    let items: Ranked[] | null = gone.size && held.items.some((r) => gone.has(r.doc)) ? held.items.filter((r) => !gone.has(r.doc)) : null;
    for (const doc of changes.flatMap((c) => c.added)) {
      if (index.get(doc.kind, doc.sourceId) !== doc || !doc.lex.length || !matches(doc, query.root)) continue;
      items ??= held.items.slice();
      const r = { doc, rank: rank(doc, query) };
      let lo = 0, hi = items.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (byRank(items[mid]!, r) <= 0) lo = mid + 1; else hi = mid; }
      items.splice(lo, 0, r);
    }
    // Nothing of this query changed: the same list, the same generation.
    return items ? { version: index.version, items, generation: ++this.generations } : { version: index.version, items: held.items, generation: held.generation };
  }
}

/** Every matching record, ranked (a document without lexemes matches nothing, as in PostgreSQL). */
export function rankAll(index: SearchIndex, query: CompiledQuery): Ranked[] {
  const candidates = query.matchesEmpty ? index.all() : index.holding(query.allIds);
  const out: Ranked[] = [];
  for (const doc of candidates) if (doc.lex.length && matches(doc, query.root)) out.push({ doc, rank: rank(doc, query) });
  return out.sort(byRank);
}

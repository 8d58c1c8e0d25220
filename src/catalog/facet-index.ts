/**
 * A list laid out for filtering and paging: items in display order, and for every facet value
 * the sorted positions of the items that have it. A query starts from the shortest position
 * list among its conditions and checks the others in per-value membership arrays, so a page of
 * a 20,000-item list with several filters is one short scan of typed arrays, and a page with
 * no filter at all needs no scan. Built once per change of the data it indexes.
 */
export type FacetKey = string | number;
export type FacetDefinitions<T> = Record<string, (item: T) => Iterable<FacetKey>>;

export interface FacetPage<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }

export class FacetIndex<T> {
  private readonly lists = new Map<string, Map<FacetKey, Int32Array>>();
  private readonly members = new Map<string, Uint8Array>();
  private readonly empty = new Int32Array(0);
  private readonly all: Int32Array;

  constructor(readonly order: readonly T[], facets: FacetDefinitions<T>, private readonly text?: readonly string[]) {
    this.all = Int32Array.from(order.keys());
    for (const [facet, keysOf] of Object.entries(facets)) {
      const grouped = new Map<FacetKey, number[]>();
      order.forEach((item, pos) => {
        for (const key of keysOf(item)) {
          const list = grouped.get(key);
          // Positions arrive in order, so a repeated key of the same item is the last one pushed.
          if (!list) grouped.set(key, [pos]);
          else if (list[list.length - 1] !== pos) list.push(pos);
        }
      });
      this.lists.set(facet, new Map([...grouped].map(([k, v]) => [k, Int32Array.from(v)])));
    }
  }

  /** Positions of the items with this facet value, in display order. */
  positions(facet: string, key: FacetKey): Int32Array {
    const byKey = this.lists.get(facet);
    if (!byKey) throw new Error(`unknown facet ${facet}`);
    return byKey.get(key) ?? this.empty;
  }

  private membership(facet: string, key: FacetKey): Uint8Array {
    const id = `${facet}\u0000${key}`;
    let array = this.members.get(id);
    if (!array) {
      array = new Uint8Array(this.order.length);
      for (const pos of this.positions(facet, key)) array[pos] = 1;
      this.members.set(id, array);
    }
    return array;
  }

  /** Items that meet every condition (facet = value) and contain `needle` in their text. */
  query(conditions: Array<[string, FacetKey]>, needle: string | undefined, page: number, pageSize: number): FacetPage<T> {
    const lists = conditions.map(([facet, key]) => ({ facet, key, positions: this.positions(facet, key) }));
    lists.sort((a, b) => a.positions.length - b.positions.length);
    const start = lists[0]?.positions ?? this.all;
    const rest = lists.slice(1).map((l) => this.membership(l.facet, l.key));
    let matches: ArrayLike<number> = start;
    if (rest.length || needle) {
      // Plain loops: this runs for every request, and closures per position would feed the GC.
      const found: number[] = [];
      const text = this.text;
      outer: for (let i = 0; i < start.length; i++) {
        const pos = start[i]!;
        for (let r = 0; r < rest.length; r++) if (rest[r]![pos] !== 1) continue outer;
        if (needle && !text![pos]!.includes(needle)) continue;
        found.push(pos);
      }
      matches = found;
    }
    const pages = Math.max(1, Math.ceil(matches.length / pageSize));
    const current = Math.min(Math.max(1, page), pages);
    const items: T[] = [];
    for (let i = (current - 1) * pageSize; i < Math.min(matches.length, current * pageSize); i++) items.push(this.order[matches[i]!]!);
    return { items, total: matches.length, page: current, pageSize, pages };
  }
}

import type { Catalog, CatalogArea } from './catalog.js';

/**
 * Results of queries kept until one of the catalog areas they read changes (every successful
 * write bumps the areas it touches, see app.ts). Concurrent readers share one query; a failed
 * query is not kept. Bounded: the oldest keys go first.
 */
export class AsyncMemo {
  private readonly entries = new Map<string, { stamp: string; value: Promise<unknown> }>();
  constructor(private readonly catalog: Catalog, private readonly max = 500) {}

  get<T>(key: string, areas: readonly CatalogArea[], compute: () => Promise<T>): Promise<T> {
    const stamp = this.catalog.stamp(areas);
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { stamp, value });
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

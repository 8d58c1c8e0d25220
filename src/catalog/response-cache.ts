import type { Catalog, CatalogArea } from './catalog.js';

/**
 * Rendered responses (JSON or a whole page) by request key, valid while the catalog areas they
 * were made from are unchanged: a write changes the stamp, so the next read renders afresh.
 * Bounded: the least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { stamp: string; body: string }>();

  constructor(private readonly catalog: Catalog, private readonly limit = 2000) {}

  get(key: string, dependsOn: readonly CatalogArea[], render: () => string): string {
    const stamp = this.catalog.stamp(dependsOn);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      if (hit.stamp === stamp) {
        this.entries.set(key, hit);
        return hit.body;
      }
    }
    const body = render();
    this.entries.set(key, { stamp, body });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return body;
  }

  get size() { return this.entries.size; }
}

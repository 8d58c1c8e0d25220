import type { Catalog, CatalogArea } from './catalog.js';
import type { Instrument } from './types.js';

/** Whether a change to one instrument (its state before, none when new, and after) can alter a response. */
export type InstrumentDependency = (before: Instrument | undefined, after: Instrument) => boolean;

interface Entry { stamp: string; body: string; instruments?: InstrumentDependency }

/**
 * Rendered responses (JSON or a whole page) by request key, valid while the catalog areas they
 * were made from are unchanged: a write changes the stamp, so the next read renders afresh.
 * A response can instead name exactly which instrument changes concern it (for a filtered
 * list: an instrument that matches its filters before or after the change); other instrument
 * writes then leave it cached. Bounded: the least recently used entries go first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly catalog: Catalog, private readonly limit = 2000) {
    catalog.onInstrumentChange((before, after) => {
      for (const [key, entry] of this.entries) {
        if (entry.instruments?.(before, after)) this.entries.delete(key);
      }
    });
  }

  /**
   * `dependsOn` lists the areas whose every change invalidates the response; with `instruments`
   * given, instrument changes are judged one by one and 'instruments' must not be in `dependsOn`.
   */
  get(key: string, dependsOn: readonly CatalogArea[], render: () => string, instruments?: InstrumentDependency): string {
    if (instruments && dependsOn.includes('instruments')) throw new Error(`${key}: instrument changes are either tracked one by one or by area, not both`);
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
    this.entries.set(key, instruments ? { stamp, body, instruments } : { stamp, body });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return body;
  }

  get size() { return this.entries.size; }
}

import type { Catalog, CatalogArea } from './catalog.js';
import { stale } from './lru.js';
import type { Instrument } from './types.js';

/** Whether a change to one instrument (its state before, none when new, and after) can alter a response. */
export type InstrumentDependency = (before: Instrument | undefined, after: Instrument) => boolean;

interface Entry { stamp: string; body: Buffer; instruments?: InstrumentDependency; tags?: readonly string[]; placed?: number }

/**
 * Rendered responses (JSON or a whole page) by request key, valid while the catalog areas they
 * were made from are unchanged: a write changes the stamp, so the next read renders afresh.
 * A response can instead name exactly which instrument changes concern it (for a filtered
 * list: an instrument that matches its filters before or after the change); other instrument
 * writes then leave it cached. Bounded in bytes: the least recently used entries go first (a hit
 * moves its entry to the newest end once it has fallen into the older half, as in lru.ts).
 *
 * A body is kept as its UTF-8 bytes, outside the JavaScript heap: what the socket writes, and a
 * young-generation collection costs more the larger the heap is (about 3 ms a collection at
 * 900 MB against 0.5 ms at 200 MB, measured on Node 20), so 128 MB of pages held as text made
 * every request of the process slower.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly catalog: Catalog, private readonly limitBytes = 128 * 1024 * 1024) {
    catalog.onInstrumentChange((before, after) => {
      for (const [key, entry] of this.entries) {
        if (entry.instruments?.(before, after)) this.remove(key, entry);
      }
    });
  }

  /**
   * `dependsOn` lists the areas whose every change invalidates the response; with `instruments`
   * given, instrument changes are judged one by one and 'instruments' must not be in `dependsOn`.
   */
  get(key: string, dependsOn: readonly CatalogArea[], render: () => string | Buffer, instruments?: InstrumentDependency): Buffer {
    if (instruments && dependsOn.includes('instruments')) throw new Error(`${key}: instrument changes are either tracked one by one or by area, not both`);
    const stamp = this.catalog.stamp(dependsOn);
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.stamp === stamp) return this.touched(key, hit).body;
      this.remove(key, hit);
    }
    const made = render();
    const body = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
    this.add(key, instruments ? { stamp, body, instruments } : { stamp, body });
    while (this.bytes > this.limitBytes && this.entries.size > 1) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.remove(oldest, entry);
    }
    return body;
  }

  private readonly pending = new Map<string, { stamp: string; body: Promise<Buffer> }>();

  /**
   * The same for responses that need the database: concurrent requests for one key wait for a
   * single rendering instead of each running the same queries.
   */
  async getAsync(key: string, dependsOn: readonly CatalogArea[], render: () => Promise<string>, tags?: readonly string[]): Promise<Buffer> {
    const stamp = this.catalog.stamp(dependsOn);
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) return this.touched(key, hit).body;
    const inFlight = this.pending.get(key);
    if (inFlight && inFlight.stamp === stamp) return inFlight.body;
    const body = render().then((text) => Buffer.from(text, 'utf8'));
    this.pending.set(key, { stamp, body });
    try {
      const bytes = await body;
      // Stored only if nothing changed while it was being made; otherwise the next read renders again.
      if (this.catalog.stamp(dependsOn) === stamp && !this.tagTouched(body)) {
        this.get(key, dependsOn, () => bytes);
        if (tags) { const entry = this.entries.get(key); if (entry) entry.tags = tags; }
      }
      return bytes;
    } finally {
      if (this.pending.get(key)?.body === body) this.pending.delete(key);
    }
  }

  private readonly touchedWhileRendering = new WeakSet<Promise<Buffer>>();
  private tagTouched(body: Promise<Buffer>) { return this.touchedWhileRendering.has(body); }

  /**
   * Drops the responses that carry one of these tags (e.g. 'kpi:CODE' when one KPI's
   * measurements change), and keeps renderings in flight from being stored.
   */
  invalidateTags(tags: readonly string[]): void {
    for (const [key, entry] of this.entries) if (entry.tags?.some((t) => tags.includes(t))) this.remove(key, entry);
    for (const [, pending] of this.pending) this.touchedWhileRendering.add(pending.body);
  }

  get size() { return this.entries.size; }

  private placements = 0;

  /** A hit: moved to the newest end only when it has fallen into the older half. */
  private touched(key: string, entry: Entry): Entry {
    if (stale(this.placements, entry.placed ?? 0, this.entries.size)) { this.entries.delete(key); this.entries.set(key, entry); entry.placed = ++this.placements; }
    return entry;
  }

  private add(key: string, entry: Entry) {
    entry.placed = ++this.placements;
    this.entries.set(key, entry);
    this.bytes += key.length * 2 + entry.body.length;
  }

  private remove(key: string, entry: Entry) {
    this.entries.delete(key);
    this.bytes -= key.length * 2 + entry.body.length;
  }
}

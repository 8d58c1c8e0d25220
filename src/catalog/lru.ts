/**
 * A bounded map: the least recently used entries go first. The bound counts entries, or, with
 * `weigh`, the total weight of the entries (say the length of the text they hold). Keys are
 * strings unless said otherwise (a number, for a memo of formatted figures). Text values are
 * kept flat (flat-text.ts).
 *
 * Recency is kept by the map's insertion order, and moving an entry to the newest end costs the
 * map a delete and an insert, which in a large map whose hot keys are read over and over costs
 * about a microsecond a read (measured: 100,000 entries, 1,000 hot keys). So a read moves its
 * entry only once it has fallen into the older half (see `stale`): an entry read since the
 * last half of the cache turned over is never the next to go, and hot keys cost a lookup.
 */
import { flatText } from './flat-text.js';

interface Slot<V> { value: V; placed: number }

/** Whether an entry placed at `placed` has fallen into the older half of a map of `size` entries after `placements`. */
export const stale = (placements: number, placed: number, size: number) => placements - placed >= size >> 1;

export class Lru<V, K = string> {
  private readonly map = new Map<K, Slot<V>>();
  private weight = 0;
  private placements = 0;
  constructor(private readonly limit: number, private readonly weigh: (value: V) => number = () => 1) {}
  get(key: K): V | undefined {
    const slot = this.map.get(key);
    if (slot === undefined) return undefined;
    if (stale(this.placements, slot.placed, this.map.size)) {
      this.map.delete(key);
      this.map.set(key, slot);
      slot.placed = ++this.placements;
    }
    return slot.value;
  }
  set(key: K, value: V): void {
    if (typeof value === 'string') flatText(value);
    this.delete(key);
    this.map.set(key, { value, placed: ++this.placements });
    this.weight += this.weigh(value);
    while (this.weight > this.limit && this.map.size > 1) this.delete(this.map.keys().next().value!);
  }
  delete(key: K): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh(old.value);
  }
}

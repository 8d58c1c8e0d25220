/**
 * A bounded map: the least recently used entries go first. The bound counts entries, or, with
 * `weigh`, the total weight of the entries (say the length of the text they hold). Keys are
 * strings unless said otherwise (a number, for a memo of formatted figures). Text values are
 * kept flat (flat-text.ts).
 */
import { flatText } from './flat-text.js';

export class Lru<V, K = string> {
  private readonly map = new Map<K, V>();
  private weight = 0;
  constructor(private readonly limit: number, private readonly weigh: (value: V) => number = () => 1) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) { this.map.delete(key); this.map.set(key, v); }
    return v;
  }
  set(key: K, value: V): void {
    if (typeof value === 'string') flatText(value);
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    while (this.weight > this.limit && this.map.size > 1) this.delete(this.map.keys().next().value!);
  }
  delete(key: K): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh(old);
  }
}

import { describe, expect, it } from 'vitest';
import { Lru } from './lru.js';

describe('Lru', () => {
  it('drops the least recently used entry beyond its count', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1); lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c')]).toEqual([1, 3]);
  });

  it('bounds the total weight, replacing an entry without counting it twice', () => {
    const lru = new Lru<string>(10, (text) => text.length);
    lru.set('a', 'xxxx'); lru.set('b', 'yyyy');
    lru.set('a', 'zzzz');
    expect([lru.get('a'), lru.get('b')]).toEqual(['zzzz', 'yyyy']);
    lru.set('c', 'wwww');
    expect(lru.get('a')).toBeUndefined();
    expect([lru.get('b'), lru.get('c')]).toEqual(['yyyy', 'wwww']);
    // One entry heavier than the bound is still kept until the next one comes.
    lru.set('d', 'x'.repeat(20));
    expect(lru.get('d')).toHaveLength(20);
    expect(lru.get('c')).toBeUndefined();
  });

  it('moves a read entry to the newest end once it has fallen into the older half, and leaves a newer one in place', () => {
    const lru = new Lru<number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) lru.set(key, i);
    expect(lru.get('a')).toBe(0); // older half: moved behind d
    expect(lru.get('d')).toBe(3); // newer half: stays where it is
    lru.set('e', 4); lru.set('f', 5);
    expect([lru.get('b'), lru.get('c')]).toEqual([undefined, undefined]);
    // d was read after a, but it had not fallen into the older half, so it goes before a.
    lru.set('g', 6);
    expect(lru.get('d')).toBeUndefined();
    expect([lru.get('a'), lru.get('e'), lru.get('f'), lru.get('g')]).toEqual([0, 4, 5, 6]);
  });

  it('keeps a key read on every turn however many others pass through', () => {
    const lru = new Lru<number>(100);
    lru.set('hot', -1);
    for (let i = 0; i < 10_000; i++) {
      lru.set(`cold${i}`, i);
      expect(lru.get('hot')).toBe(-1);
    }
    expect(lru.get('cold9899')).toBeUndefined();
    expect(lru.get('cold9999')).toBe(9999);
  });
});

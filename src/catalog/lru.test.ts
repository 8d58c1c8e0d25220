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
});

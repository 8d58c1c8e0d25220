import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog.js';
import { ResponseCache } from './response-cache.js';

function fakeCatalog() {
  const generations = { framework: 0, actors: 0, instruments: 0, cases: 0 };
  return {
    generations,
    catalog: { stamp: (areas: Array<keyof typeof generations>) => areas.map((a) => generations[a]).join('.') } as unknown as Catalog,
  };
}

describe('ResponseCache', () => {
  it('serves a rendered body until an area it depends on changes', () => {
    const { catalog, generations } = fakeCatalog();
    const cache = new ResponseCache(catalog);
    let renders = 0;
    const get = () => cache.get('/api/x?page=1', ['instruments'], () => `body ${++renders}`);
    expect(get()).toBe('body 1');
    expect(get()).toBe('body 1');
    generations.cases++;
    expect(get()).toBe('body 1');
    generations.instruments++;
    expect(get()).toBe('body 2');
  });

  it('keeps at most `limit` entries, dropping the least recently used', () => {
    const { catalog } = fakeCatalog();
    const cache = new ResponseCache(catalog, 2);
    cache.get('a', ['actors'], () => 'a');
    cache.get('b', ['actors'], () => 'b');
    cache.get('a', ['actors'], () => 'a again');
    cache.get('c', ['actors'], () => 'c');
    expect(cache.size).toBe(2);
    expect(cache.get('a', ['actors'], () => 'a rendered')).toBe('a');
    expect(cache.get('b', ['actors'], () => 'b rendered')).toBe('b rendered');
  });
});

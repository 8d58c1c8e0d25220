import { describe, expect, it } from 'vitest';
import { FacetIndex } from './facet-index.js';

interface Item { name: string; colour: string; tags: number[] }
const items: Item[] = Array.from({ length: 50 }, (_, i) => ({
  name: `item ${String(i).padStart(2, '0')}`, colour: ['red', 'green', 'blue'][i % 3]!, tags: [i % 2, 10 + (i % 5)],
}));
const index = new FacetIndex(items, { colour: (i) => [i.colour], tag: (i) => i.tags }, items.map((i) => i.name));
const brute = (pred: (i: Item) => boolean) => items.filter(pred);

describe('FacetIndex', () => {
  it('pages the whole list without conditions', () => {
    const page = index.query([], undefined, 2, 20);
    expect(page).toMatchObject({ total: 50, page: 2, pages: 3 });
    expect(page.items.map((i) => i.name)).toEqual(items.slice(20, 40).map((i) => i.name));
  });

  it('combines conditions and text exactly as a plain filter would', () => {
    const expected = brute((i) => i.colour === 'red' && i.tags.includes(1) && i.tags.includes(13) && i.name.includes('3'));
    const page = index.query([['colour', 'red'], ['tag', 1], ['tag', 13]], '3', 1, 100);
    expect(page.items).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it('answers an unknown value with an empty page and clamps the page number', () => {
    expect(index.query([['colour', 'purple']], undefined, 1, 10)).toMatchObject({ total: 0, pages: 1, page: 1, items: [] });
    expect(index.query([['colour', 'blue']], undefined, 99, 10).page).toBe(2);
  });
});

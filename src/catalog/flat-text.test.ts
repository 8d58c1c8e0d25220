import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { h } from '../web/jsx.js';
import { flatHtml, flatText } from './flat-text.js';
import { Lru } from './lru.js';
import { ResponseCache } from './response-cache.js';
import type { Catalog } from './catalog.js';

// A collection on demand, so that the heap holds only what the test keeps.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A page made the way the views make theirs: many small pieces joined by the JSX runtime. */
function renderedPage(n: number): string {
  const rows = Array.from({ length: 40 }, (_, r) =>
    h('tr', null, ...Array.from({ length: 8 }, (_, c) => h('td', { class: 'num' }, h('span', null, `${n}-${r}-${c}`)))));
  return h('table', null, h('tbody', null, ...rows)).value;
}

/** Heap bytes per character of 300 kept pages, each passed through `keep` as a cache would. */
function bytesPerChar(keep: (page: string) => string): number {
  const held: string[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  let chars = 0;
  for (let i = 0; i < 300; i++) { const page = keep(renderedPage(i)); chars += page.length; held.push(page); }
  gc();
  const used = process.memoryUsage().heapUsed - before;
  expect(held).toHaveLength(300);
  return used / chars;
}

describe('flat text', () => {
  it('returns the same text, and an empty text as it is', () => {
    const page = renderedPage(1);
    expect(flatText(page)).toBe(page);
    expect(flatText('')).toBe('');
    const html = h('p', null, 'één ', h('em', null, 'twee'));
    expect(flatHtml(html)).toBe(html);
    expect(html.value).toBe('<p>één <em>twee</em></p>');
  });

  it('keeps a rendered page in about a byte per character instead of the tree it was joined from', () => {
    const joined = bytesPerChar((page) => page);
    const flat = bytesPerChar(flatText);
    expect(joined).toBeGreaterThan(4);
    expect(flat).toBeLessThan(2);
  });

  it('is applied by the Lru to the text it keeps', () => {
    const lru = new Lru<string>(1e9, (text) => text.length);
    expect(bytesPerChar((page) => { lru.set(page.slice(0, 40) + Math.random(), page); return page; })).toBeLessThan(2);
  });

  it('is not needed by the response cache, which keeps a page as bytes outside the heap', () => {
    // A catalog that never changes: every response stays valid.
    const catalog = { stamp: () => '0', onInstrumentChange: () => {} } as unknown as Catalog;
    const responses = new ResponseCache(catalog, 1e9);
    gc();
    const before = process.memoryUsage();
    let chars = 0;
    for (let i = 0; i < 300; i++) chars += responses.get(`page ${i}`, [], () => renderedPage(i)).length;
    gc();
    const after = process.memoryUsage();
    expect(responses.size).toBe(300);
    expect((after.heapUsed - before.heapUsed) / chars).toBeLessThan(0.5);
    expect(after.external + after.arrayBuffers - before.external - before.arrayBuffers).toBeGreaterThanOrEqual(chars);
  });
});

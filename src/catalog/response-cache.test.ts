import { describe, expect, it } from 'vitest';
import type { Catalog } from './catalog.js';
import { ResponseCache } from './response-cache.js';
import type { Instrument } from './types.js';

function fakeCatalog() {
  const generations = { framework: 0, actors: 0, instruments: 0, cases: 0 };
  const listeners: Array<(before: Instrument | undefined, after: Instrument) => void> = [];
  return {
    generations,
    change: (before: Partial<Instrument> | undefined, after: Partial<Instrument>) => listeners.forEach((l) => l(before as Instrument, after as Instrument)),
    catalog: {
      stamp: (areas: Array<keyof typeof generations>) => areas.map((a) => generations[a]).join('.'),
      onInstrumentChange: (l: (before: Instrument | undefined, after: Instrument) => void) => listeners.push(l),
    } as unknown as Catalog,
  };
}

const text = (body: Buffer) => body.toString('utf8');

describe('ResponseCache', () => {
  it('serves a rendered body until an area it depends on changes', () => {
    const { catalog, generations } = fakeCatalog();
    const cache = new ResponseCache(catalog);
    let renders = 0;
    const get = () => cache.get('/api/x?page=1', ['instruments'], () => `body ${++renders}`);
    expect(text(get())).toBe('body 1');
    expect(text(get())).toBe('body 1');
    generations.cases++;
    expect(text(get())).toBe('body 1');
    generations.instruments++;
    expect(text(get())).toBe('body 2');
  });

  it('keeps within its byte limit, dropping the least recently used', () => {
    const { catalog } = fakeCatalog();
    // A one-letter key weighs 2 (UTF-16), a one-byte body 1: room for two such entries, not three.
    const cache = new ResponseCache(catalog, 8);
    cache.get('a', ['actors'], () => 'a');
    cache.get('b', ['actors'], () => 'b');
    cache.get('a', ['actors'], () => 'a again');
    cache.get('c', ['actors'], () => 'c');
    expect(cache.size).toBe(2);
    expect(text(cache.get('a', ['actors'], () => 'a rendered'))).toBe('a');
    expect(text(cache.get('b', ['actors'], () => 'b rendered'))).toBe('b rendered');
  });

  it('drops a response only for the instrument changes that concern it', () => {
    const { catalog, change } = fakeCatalog();
    const cache = new ResponseCache(catalog);
    let renders = 0;
    const typeIsFund = (i: Instrument | undefined) => i?.type === 'fund';
    const get = () => cache.get('/funds', ['framework'], () => `funds ${++renders}`, (before, after) => typeIsFund(before) || typeIsFund(after));
    expect(text(get())).toBe('funds 1');
    change({ id: 1, type: 'tool' }, { id: 1, type: 'training' });
    expect(text(get())).toBe('funds 1');
    change({ id: 1, type: 'training' }, { id: 1, type: 'fund' });
    expect(text(get())).toBe('funds 2');
    change({ id: 1, type: 'fund' }, { id: 1, type: 'tool' });
    expect(text(get())).toBe('funds 3');
  });

  it('refuses to track instruments both by area and one by one', () => {
    const { catalog } = fakeCatalog();
    expect(() => new ResponseCache(catalog).get('x', ['instruments'], () => '', () => true)).toThrow();
  });

  it('drops tagged responses on their tags only, and never stores a rendering a tag change overtook', async () => {
    const { catalog } = fakeCatalog();
    const cache = new ResponseCache(catalog);
    let n = 0;
    const a = () => cache.getAsync('a', ['monitoring'], async () => `a${++n}`, ['kpi:A']);
    const b = () => cache.getAsync('b', ['monitoring'], async () => `b${++n}`, ['kpi:B']);
    expect(text(await a())).toBe('a1');
    expect(text(await b())).toBe('b2');
    cache.invalidateTags(['kpi:A']);
    expect(text(await a())).toBe('a3');
    expect(text(await b())).toBe('b2');
    let release!: () => void;
    const slow = cache.getAsync('c', ['monitoring'], () => new Promise<string>((resolve) => { release = () => resolve('c-old'); }), ['kpi:C']);
    cache.invalidateTags(['kpi:C']);
    release();
    expect(text(await slow)).toBe('c-old');
    expect(text(await cache.getAsync('c', ['monitoring'], async () => 'c-new', ['kpi:C']))).toBe('c-new');
  });
});

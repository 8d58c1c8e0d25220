import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../plugins/errors.js';
import { compareKeys, decodeCursor, encodeCursor, keysetPage } from './cursor.js';

describe('cursors', () => {
  it('round-trip their key and look opaque', () => {
    const cursor = encodeCursor(['123', 45]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'querystring.cursor', ['string', 'number'])).toEqual(['123', 45]);
    expect(decodeCursor(undefined, 'querystring.cursor', ['string'])).toBeNull();
  });

  it('are the base64url of the JSON key, for any key (ASCII codes, accents, emoji, every length)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.integer(), fc.nat()), { maxLength: 4 }), (key) => {
      const cursor = encodeCursor(key);
      expect(cursor).toBe(Buffer.from(JSON.stringify(['c1', ...key]), 'utf8').toString('base64url'));
      expect(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).toEqual(['c1', ...key]);
    }), { numRuns: 2000 });
  });

  it('refuse anything this API did not give out, naming the field', () => {
    const wrong = ['%%%', Buffer.from('{"a":1}').toString('base64url'), encodeCursor(['1']), encodeCursor(['a', 'b']), encodeCursor([1.5]),
      Buffer.from(JSON.stringify(['c0', 'x'])).toString('base64url'), encodeCursor(['x'.repeat(201)])];
    for (const raw of wrong) {
      try {
        decodeCursor(raw, 'querystring.cursor', ['number']);
        expect.unreachable(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBe(400);
        expect((error as AppError).fields.map((f) => f.field)).toEqual(['querystring.cursor']);
      }
    }
  });

  it('order keys the same way in every language: numbers by value, text by code unit', () => {
    expect(compareKeys([2], [10])).toBeLessThan(0);
    expect(compareKeys(['B'], ['a'])).toBeLessThan(0);
    expect(compareKeys(['é'], ['z'])).toBeGreaterThan(0);
    expect(compareKeys(['a', 1], ['a', 1])).toBe(0);
  });

  it('page a list by key without skipping or repeating, even when an item is added between pages', () => {
    const items = ['d', 'a', 'c', 'b', 'e'];
    const first = keysetPage(items, (x) => [x], null, 2);
    expect(first.items).toEqual(['a', 'b']);
    const after = decodeCursor(first.next!, 'cursor', ['string']);
    // 'aa' arrives before the cursor, 'ca' after it: neither shifts what follows.
    const second = keysetPage([...items, 'aa', 'ca'], (x) => [x], after, 2);
    expect(second.items).toEqual(['c', 'ca']);
    const last = keysetPage(items, (x) => [x], decodeCursor(second.next!, 'cursor', ['string']), 2);
    expect(last).toEqual({ items: ['d', 'e'], next: null });
  });
});

import { describe, expect, it } from 'vitest';
import { parseTsVector } from './search-index.js';
import { operands, parseTsQuery } from './tsquery.js';

describe('tsquery text read back as a tree', () => {
  it('follows PostgreSQL priorities: ! before <N> before & before |', () => {
    expect(parseTsQuery("'a' & 'b' <-> 'c' | !'d'")).toEqual({
      op: 'or',
      left: { op: 'and', left: { op: 'val', lexeme: 'a', prefix: false, weights: 0 }, right: { op: 'phrase', distance: 1, left: { op: 'val', lexeme: 'b', prefix: false, weights: 0 }, right: { op: 'val', lexeme: 'c', prefix: false, weights: 0 } } },
      right: { op: 'not', arg: { op: 'val', lexeme: 'd', prefix: false, weights: 0 } },
    });
  });
  it('reads parentheses, distances, prefixes, weights and doubled quotes', () => {
    const tree = parseTsQuery("'x' <2> ( 'y' <-> 'z' ) & 'it''s':*AB");
    expect(tree).toMatchObject({ op: 'and', left: { op: 'phrase', distance: 2, right: { op: 'phrase' } }, right: { op: 'val', lexeme: "it's", prefix: true, weights: 12 } });
    expect(operands(tree!).map((v) => v.lexeme)).toEqual(['x', 'y', 'z', "it's"]);
  });
  it('gives null for the empty query and refuses what it does not understand', () => {
    expect(parseTsQuery('')).toBeNull();
    expect(() => parseTsQuery("'a' &")).toThrow();
    expect(() => parseTsQuery("'a' ~ 'b'")).toThrow();
  });
});

describe('tsvector text read as positions', () => {
  it('keeps weights in the top two bits and reads escaped lexemes', () => {
    expect(parseTsVector("'archief':5A,6 'd''hondt':7C 'back\\\\slash':8B 'kaal'")).toEqual([
      ['archief', [(3 << 14) | 5, 6]], ["d'hondt", [(1 << 14) | 7]], ['back\\slash', [(2 << 14) | 8]], ['kaal', []],
    ]);
  });
});

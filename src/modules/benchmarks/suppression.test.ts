import { describe, expect, it } from 'vitest';
import { cellVisibility, groupVisibility, peerVisibility } from './suppression.js';

describe('suppression of small groups', () => {
  const table: Array<[string, number, number[], boolean, string | undefined]> = [
    ['a group of 4 shows nothing', 4, [], false, 'too_small'],
    ['a group of 5 shows its figures', 5, [], true, undefined],
    ['an empty group shows nothing', 0, [], false, 'too_small'],
    ['a broader group 1 larger reveals that one organisation', 12, [13], false, 'difference'],
    ['a broader group 4 larger reveals those four', 12, [16], false, 'difference'],
    ['a broader group 5 larger reveals no small group', 12, [17], true, undefined],
    ['an equally large broader group adds nothing', 12, [12], true, undefined],
    ['every broader group is checked', 20, [40, 22], false, 'difference'],
    ['small beats difference as the reason', 3, [4], false, 'too_small'],
  ];
  for (const [name, peers, broader, shown, reason] of table) {
    it(name, () => {
      const v = groupVisibility(peers, broader);
      expect(v.shown).toBe(shown);
      if (!v.shown) expect(v.reason).toBe(reason);
    });
  }

  it('does not count the organisation itself: 5 members including it are 4 peers', () => {
    expect(peerVisibility(5, [], true)).toEqual({ shown: false, reason: 'too_small' });
    expect(peerVisibility(6, [], true)).toEqual({ shown: true });
    // Without an assessment of its own it is not among the members, so nothing is subtracted.
    expect(peerVisibility(5, [], false)).toEqual({ shown: true });
    // Self is subtracted from the broader group too: 6 and 10 members are 5 and 9 peers, 4 apart.
    expect(peerVisibility(6, [10], true)).toEqual({ shown: false, reason: 'difference' });
  });
});

describe('complementary suppression in a breakdown with a total', () => {
  it('withholds a small cell and the smallest shown cell, so the total cannot give it away', () => {
    const { total, cells } = cellVisibility(21, [{ key: 'a', n: 3 }, { key: 'b', n: 6 }, { key: 'c', n: 12 }, { key: 'd', n: 0 }]);
    expect(total.shown).toBe(true);
    expect(cells.get('a')).toEqual({ shown: false, reason: 'too_small' });
    expect(cells.get('b')).toEqual({ shown: false, reason: 'complementary' });
    expect(cells.get('c')).toEqual({ shown: true });
    expect(cells.get('d')).toEqual({ shown: true });
  });

  it('needs no extra cell when the withheld cells together hold at least 5', () => {
    const { cells } = cellVisibility(20, [{ key: 'a', n: 2 }, { key: 'b', n: 3 }, { key: 'c', n: 15 }]);
    expect(cells.get('a')?.shown).toBe(false);
    expect(cells.get('b')?.shown).toBe(false);
    expect(cells.get('c')).toEqual({ shown: true });
  });

  it('picks the complementary cell by size, then by code, and withholds all below a total of 5', () => {
    const { cells } = cellVisibility(11, [{ key: 'z', n: 5 }, { key: 'y', n: 5 }, { key: 'x', n: 1 }]);
    expect(cells.get('y')).toEqual({ shown: false, reason: 'complementary' });
    expect(cells.get('z')).toEqual({ shown: true });
    const tiny = cellVisibility(4, [{ key: 'a', n: 4 }]);
    expect(tiny.total).toEqual({ shown: false, reason: 'too_small' });
    expect(tiny.cells.get('a')?.shown).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { reasons, score, textPoints, WEIGHTS } from './scoring.js';

describe('guide score', () => {
  const none = { dimension: false, subsector: null, pillar: false, level: false, rank: 0, timely: false } as const;
  it('adds the documented parts and stays within 100', () => {
    expect(score(none)).toBe(0);
    expect(score({ ...none, dimension: true, subsector: 'own' })).toBe(WEIGHTS.dimension + WEIGHTS.subsector);
    expect(score({ ...none, subsector: 'all' })).toBe(WEIGHTS.sectorWide);
    expect(score({ dimension: true, subsector: 'own', pillar: true, level: true, rank: 1e9, timely: true })).toBe(100);
  });
  it('gives half the text points at a rank of 0.1', () => {
    expect(textPoints(0.1)).toBe(WEIGHTS.text / 2);
    expect(textPoints(0)).toBe(0);
  });
  it('names each part that counts as a reason', () => {
    const r = reasons({ ...none, dimension: true, subsector: 'own', rank: 0.2 }, { dimension: 'data', subsector: 'heritage', pillar: null, level: null, words: ['archief'], kind: 'actor' });
    expect(r.map((x) => x.code)).toEqual(['subsector', 'dimension', 'text']);
    expect(r[2]!.params.words).toBe('archief');
  });
});

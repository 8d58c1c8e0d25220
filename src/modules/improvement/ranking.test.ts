import { describe, expect, it } from 'vitest';
import { outOfLineFlags } from './flags.js';
import { rankPriorities, type RankInput } from './ranking.js';
import { addMonths, reassessStatus } from './reassess.js';
import { icsEvent } from './ics.js';

const dim = (code: string, position: number, level: number, target: number | null, relevance: RankInput['relevance'] = 'normal', criticalItems: number[] = []): RankInput =>
  ({ code, position, level, target, relevance, criticalItems });

describe('priority ranking', () => {
  it('puts the gap to the own target, weighed by relevance, before the lowest score', () => {
    const ranked = rankPriorities([
      dim('audience', 1, 0, 0),               // lowest level, but no ambition: gap 0
      dim('data', 2, 2, 4, 'high'),           // gap 2, high: score 4
      dim('value', 3, 1, 3, 'low'),           // gap 2, low: score 1
      dim('operations', 4, 2, 3),             // gap 1, normal: score 1
    ]);
    expect(ranked.map((r) => r.code)).toEqual(['data', 'operations', 'value', 'audience']);
    expect(ranked[0]).toMatchObject({ gap: 2, score: 4, rank: 1, suggested: true });
    // equal scores: the more relevant one first (normal before low)
    expect(ranked.find((r) => r.code === 'audience')).toMatchObject({ gap: 0, suggested: false });
  });

  it('puts a dimension held back by a critical item first, whatever its gap', () => {
    const ranked = rankPriorities([dim('data', 1, 1, 5, 'high'), dim('infrastructure', 2, 2, 2, 'low', [7])]);
    expect(ranked.map((r) => r.code)).toEqual(['infrastructure', 'data']);
    expect(ranked[0]!.suggested).toBe(true);
  });

  it('suggests at most three, and none without a gap or a critical item', () => {
    const ranked = rankPriorities([dim('a', 1, 1, 3), dim('b', 2, 1, 3), dim('c', 3, 1, 3), dim('d', 4, 1, 3), dim('e', 5, 3, null)]);
    expect(ranked.filter((r) => r.suggested).map((r) => r.code)).toEqual(['a', 'b', 'c']);
    expect(ranked.at(-1)).toMatchObject({ code: 'e', gap: 0, suggested: false });
  });
});

describe('out-of-line flags', () => {
  const r = (dimension: string, level: number, disagreement = false) => ({ dimension, level, disagreement, min: level, max: disagreement ? level + 2 : level });
  it('flags a jump of two levels either way, and not one of one level', () => {
    const flags = outOfLineFlags([r('data', 4), r('audience', 1), r('value', 3)], [r('data', 2), r('audience', 3), r('value', 2)], []);
    expect(flags.filter((f) => f.kind === 'jump')).toEqual([
      { kind: 'jump', dimension: 'data', from: 2, to: 4 }, { kind: 'jump', dimension: 'audience', from: 3, to: 1 },
    ]);
  });
  it('flags all top levels, and all answers at 5', () => {
    expect(outOfLineFlags([r('a', 5), r('b', 5)], null, [{ dimension: 'a', currentLevel: 5, notApplicable: false, hasEvidence: true }, { dimension: 'b', currentLevel: 5, notApplicable: false, hasEvidence: true }])
      .some((f) => f.kind === 'allTop' && f.basis === 'levels')).toBe(true);
    expect(outOfLineFlags([r('a', 3)], null, [{ dimension: 'a', currentLevel: 5, notApplicable: false, hasEvidence: false }, { dimension: 'a', currentLevel: null, notApplicable: true, hasEvidence: false }]))
      .toContainEqual({ kind: 'allTop', basis: 'answers' });
  });
  it('flags top levels without evidence and disagreement', () => {
    const flags = outOfLineFlags([r('a', 4), r('b', 5), r('c', 2, true)], null, [{ dimension: 'b', currentLevel: 5, notApplicable: false, hasEvidence: true }, { dimension: 'a', currentLevel: 4, notApplicable: false, hasEvidence: false }]);
    expect(flags).toContainEqual({ kind: 'noEvidence', dimension: 'a', level: 4 });
    expect(flags.some((f) => f.kind === 'noEvidence' && f.dimension === 'b')).toBe(false);
    expect(flags).toContainEqual({ kind: 'disagreement', dimension: 'c', min: 2, max: 4 });
  });
});

describe('re-assessment date', () => {
  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
  });
  it('is due within 30 days, overdue after the date, and done once a newer result exists', () => {
    expect(reassessStatus('2026-05-01', '2026-03-01', false).state).toBe('scheduled');
    expect(reassessStatus('2026-05-01', '2026-04-10', false)).toEqual({ state: 'due', date: '2026-05-01', days: 21 });
    expect(reassessStatus('2026-05-01', '2026-05-03', false)).toMatchObject({ state: 'overdue', days: -2 });
    expect(reassessStatus('2026-05-01', '2026-05-03', true).state).toBe('done');
  });
  it('writes an all-day iCalendar event with folded lines and escaped text', () => {
    const ics = icsEvent({ uid: 'x@y', date: '2027-03-15', stamp: new Date('2026-01-01T10:00:00Z'), summary: 'Herevaluatie: A, B; C', description: 'x'.repeat(200), url: 'http://h/o' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20270315\r\nDTEND;VALUE=DATE:20270316');
    expect(ics).toContain('SUMMARY:Herevaluatie: A\\, B\\; C');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { combine, lowerMedian, scoreRespondent, type AssessmentKind, type RespondentDimension, type ScoredAnswer, type ScoredQuestion } from './scoring.js';

describe('lowerMedian', () => {
  const table: Array<[number[], number | null]> = [
    [[], null],
    [[3], 3],
    [[2, 3], 2],
    [[3, 2], 2],
    [[1, 2, 3], 2],
    [[5, 0, 4, 1], 1],
    [[2, 2, 3, 3], 2],
    [[0, 5, 5], 5],
  ];
  for (const [values, expected] of table) {
    it(`of [${values.join(', ')}] is ${expected}`, () => expect(lowerMedian(values)).toBe(expected));
  }
});

// One dimension "d" with four questions; q4 is critical from level 3, q5 (dimension "e") from 2.
const QUESTIONS: ScoredQuestion[] = [
  { id: 1, dimension: 'd', criticalFrom: null },
  { id: 2, dimension: 'd', criticalFrom: null },
  { id: 3, dimension: 'd', criticalFrom: null },
  { id: 4, dimension: 'd', criticalFrom: 3 },
  { id: 5, dimension: 'e', criticalFrom: 2 },
];
const a = (questionId: number, currentLevel: number | null, targetLevel: number | null = null): ScoredAnswer =>
  ({ questionId, currentLevel, targetLevel, notApplicable: currentLevel === null });

describe('scoreRespondent', () => {
  const table: Array<{ name: string; kind: AssessmentKind; answers: ScoredAnswer[]; d: Partial<RespondentDimension>; e?: Partial<RespondentDimension> }> = [
    { name: 'lower median of the answered levels', kind: 'quick', answers: [a(1, 4), a(2, 2), a(3, 3), a(4, 5)], d: { level: 3, cappedBy: [] } },
    { name: 'even count takes the lower middle', kind: 'quick', answers: [a(1, 4), a(2, 1)], d: { level: 1 } },
    { name: 'not applicable is left out', kind: 'quick', answers: [a(1, 4), a(2, null), a(3, 4)], d: { level: 4 } },
    { name: 'unanswered questions are left out', kind: 'quick', answers: [a(1, 2)], d: { level: 2 } },
    { name: 'no level when nothing was answered', kind: 'quick', answers: [a(1, null), a(2, null)], d: { level: null, target: null } },
    { name: 'answered critical item below its level caps at level - 1', kind: 'quick', answers: [a(1, 5), a(2, 5), a(3, 5), a(4, 1)], d: { level: 2, cappedBy: [4] } },
    { name: 'critical item at its level does not cap', kind: 'quick', answers: [a(1, 5), a(2, 5), a(3, 5), a(4, 3)], d: { level: 5, cappedBy: [] } },
    { name: 'cap does not raise a lower median', kind: 'full', answers: [a(1, 1), a(2, 1), a(3, 1), a(4, 0)], d: { level: 1, cappedBy: [] } },
    { name: 'unanswered critical item caps in a full assessment', kind: 'full', answers: [a(1, 4), a(2, 4), a(3, 4)], d: { level: 2, cappedBy: [4] } },
    { name: 'unanswered critical item does not cap in a quick scan', kind: 'quick', answers: [a(1, 4), a(2, 4), a(3, 4)], d: { level: 4, cappedBy: [] } },
    { name: 'not applicable critical item never caps', kind: 'full', answers: [a(1, 4), a(2, 4), a(3, 4), a(4, null)], d: { level: 4, cappedBy: [] } },
    { name: 'a dimension without answers stays without level, even with an open critical item', kind: 'full', answers: [a(1, 3)], d: { level: 2, cappedBy: [4] }, e: { level: null, cappedBy: [] } },
    { name: 'critical cap in another dimension', kind: 'full', answers: [a(1, 3), a(4, 3), a(5, 1)], d: { level: 3 }, e: { level: 1, cappedBy: [] } },
    { name: 'target is the lower median of the targets given', kind: 'quick', answers: [a(1, 1, 3), a(2, 2, 4), a(3, 2), a(4, 3, 2)], d: { level: 2, target: 3 } },
    { name: 'no target when none given', kind: 'quick', answers: [a(1, 1), a(2, 2)], d: { target: null } },
    { name: 'answers to questions outside the assessment are ignored', kind: 'quick', answers: [a(1, 2), a(99, 5)], d: { level: 2 } },
  ];
  for (const row of table) {
    it(row.name, () => {
      const scored = scoreRespondent(row.kind, QUESTIONS, row.answers);
      expect(scored.get('d')).toMatchObject(row.d);
      if (row.e) expect(scored.get('e')).toMatchObject(row.e);
    });
  }
});

describe('combine', () => {
  const r = (level: number | null, target: number | null = null): Map<string, RespondentDimension> => new Map([['d', { level, target, cappedBy: [] }]]);
  const table: Array<{ name: string; respondents: Array<Map<string, RespondentDimension>>; expected: object | null }> = [
    { name: 'one respondent', respondents: [r(2, 3)], expected: { level: 2, targetLevel: 3, minLevel: 2, maxLevel: 2, respondents: 1, disagreement: false } },
    { name: 'lower median over respondents', respondents: [r(1), r(3), r(2), r(4)], expected: { level: 2, minLevel: 1, maxLevel: 4, respondents: 4, disagreement: true } },
    { name: 'one level apart is no disagreement', respondents: [r(2), r(3)], expected: { level: 2, disagreement: false } },
    { name: 'two levels apart is disagreement', respondents: [r(1), r(3)], expected: { level: 1, disagreement: true } },
    { name: 'respondents without a level are not counted', respondents: [r(null), r(4, 5)], expected: { level: 4, targetLevel: 5, respondents: 1 } },
    { name: 'target null when nobody gave one', respondents: [r(2), r(2)], expected: { targetLevel: null } },
    { name: 'targets combine by lower median', respondents: [r(2, 4), r(2, 3), r(2)], expected: { targetLevel: 3 } },
    { name: 'no row when nobody has a level', respondents: [r(null), r(null)], expected: null },
  ];
  for (const row of table) {
    it(row.name, () => {
      const out = combine(['d'], row.respondents);
      if (row.expected === null) expect(out).toEqual([]);
      else expect(out[0]).toMatchObject({ dimension: 'd', ...row.expected });
    });
  }

  it('keeps the order of the dimension codes and skips unknown ones', () => {
    const both = new Map([['b', { level: 1, target: null, cappedBy: [] }], ['a', { level: 2, target: null, cappedBy: [] }]]);
    expect(combine(['a', 'b', 'c'], [both]).map((d) => d.dimension)).toEqual(['a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import { rankApplications, weightedScore, type CriterionAggregate, type RankCriterion, type RankInput } from './ranking.js';

const criteria: RankCriterion[] = [
  { code: 'innovation', position: 1, weight: 3, label: { nl: 'Innovatie', en: 'Innovation' } },
  { code: 'users', position: 2, weight: 1, label: { nl: 'Gebruikers', en: 'Users' } },
  { code: 'impact', position: 3, weight: 1, label: { nl: 'Impact', en: 'Impact' } },
];

/** Aggregates from lists of reviewers' scores per criterion. */
function agg(scores: Record<string, number[]>): Map<string, CriterionAggregate> {
  return new Map(Object.entries(scores).map(([code, s]) => [code, { sum: s.reduce((a, b) => a + b, 0), count: s.length, min: Math.min(...s), max: Math.max(...s) }]));
}
let nextId = 1;
function app(scores: Record<string, number[]>, extra: Partial<RankInput> = {}): RankInput {
  return {
    id: nextId++, title: 't', leadName: 'l', isDemo: false, requested: 10000, status: 'in_review', currentStep: 'review',
    submittedAt: '2026-01-01T10:00:00Z', reviews: Math.max(0, ...Object.values(scores).map((s) => s.length)), perCriterion: agg(scores), decision: null, ...extra,
  };
}

describe('weighted ranking', () => {
  it('matches a hand-computed example', () => {
    // innovation mean (8+6)/2 = 7, users (4+6)/2 = 5, impact (9+7)/2 = 8
    // weighted: (3*7 + 1*5 + 1*8) / 5 = 34 / 5 = 6.8
    expect(weightedScore(criteria, agg({ innovation: [8, 6], users: [4, 6], impact: [9, 7] }))).toBeCloseTo(6.8, 10);
    // (3*10 + 0 + 0) / 5 = 6
    expect(weightedScore(criteria, agg({ innovation: [10], users: [0], impact: [0] }))).toBeCloseTo(6, 10);
    // A criterion without scores: the weights are normalised over those that have them.
    expect(weightedScore(criteria, agg({ innovation: [6], users: [9] }))).toBeCloseTo((18 + 9) / 4, 10);
    expect(weightedScore(criteria, new Map())).toBeNull();
  });

  it('orders by score, with spread and counts per criterion, and unscored applications last', () => {
    const a = app({ innovation: [8, 6], users: [4, 6], impact: [9, 7] }); // 6.8
    const b = app({ innovation: [9, 9], users: [9, 9], impact: [9, 9] }); // 9
    const c = app({}); // no reviews
    const ranking = rankApplications(criteria, [c, a, b], 1_000_000);
    expect(ranking.rows.map((r) => [r.id, r.score, r.rank])).toEqual([[b.id, 9, 1], [a.id, 6.8, 2], [c.id, null, 3]]);
    expect(ranking.rows[1]!.criteria).toEqual([
      { code: 'innovation', mean: 7, min: 6, max: 8, count: 2 },
      { code: 'users', mean: 5, min: 4, max: 6, count: 2 },
      { code: 'impact', mean: 8, min: 7, max: 9, count: 2 },
    ]);
  });

  it('breaks ties by the heaviest criterion, then the smaller request, then the earlier submission, then the number', () => {
    // Both 6.0: x has innovation 6 (3*6+6+6)/5 = 6, y has innovation 5 and users/impact 7.5: (15+7.5+7.5)/5 = 6.
    const x = app({ innovation: [6], users: [6], impact: [6] });
    const y = app({ innovation: [5], users: [7, 8], impact: [7, 8] });
    expect(rankApplications(criteria, [y, x], 1e9).rows.map((r) => r.id)).toEqual([x.id, y.id]);
    // Same means everywhere: the smaller request first.
    const big = app({ innovation: [7], users: [7], impact: [7] }, { requested: 50000 });
    const small = app({ innovation: [7], users: [7], impact: [7] }, { requested: 20000 });
    expect(rankApplications(criteria, [big, small], 1e9).rows.map((r) => r.id)).toEqual([small.id, big.id]);
    // Same request too: the earlier submission first; then the lower number.
    const late = app({ innovation: [7] }, { submittedAt: '2026-01-02T00:00:00Z' });
    const early = app({ innovation: [7] }, { submittedAt: '2026-01-01T00:00:00Z' });
    expect(rankApplications(criteria, [late, early], 1e9).rows.map((r) => r.id)).toEqual([early.id, late.id]);
    const first = app({ innovation: [7] });
    const second = app({ innovation: [7] });
    expect(rankApplications(criteria, [second, first], 1e9).rows.map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('draws the budget line where the cumulative request no longer fits', () => {
    const rows = [app({ innovation: [9] }, { requested: 40000 }), app({ innovation: [8] }, { requested: 40000 }), app({ innovation: [7] }, { requested: 30000 }), app({ innovation: [6] }, { requested: 10000 })];
    const ranking = rankApplications(criteria, rows, 100000);
    expect(ranking.rows.map((r) => [r.cumulative, r.withinBudget])).toEqual([[40000, true], [80000, true], [110000, false], [120000, false]]);
    expect(ranking.budgetRunsOutAt).toBe(3);
    expect(ranking.requestedTotal).toBe(120000);
    expect(rankApplications(criteria, rows.slice(0, 2), 100000).budgetRunsOutAt).toBeNull();
  });

  it('leaves out applications that are not in the running', () => {
    const ranking = rankApplications(criteria, [app({ innovation: [9] }, { status: 'ineligible' }), app({ innovation: [9] }, { status: 'withdrawn' }), app({ innovation: [1] }, { status: 'granted' })], 1e9);
    expect(ranking.rows.map((r) => r.status)).toEqual(['granted']);
  });
});

/**
 * The ranking of a call's applications, computed from the reviewers' scores (pure: no database).
 *
 * Per application and criterion: the mean of the scores of the reviewers who submitted their
 * review and declared no conflict of interest. The weighted score is the weighted mean of those
 * criterion means, with the call's weights normalised to the weights of the criteria that have
 * scores, so it reads as a score out of 10. Applications without any counted review come last.
 *
 * Ties (equal weighted score to two decimals, as shown) are broken by, in order:
 *   1. the mean on each criterion, the heaviest criterion first (equal weights: the call's order);
 *   2. the smaller requested amount (more of the budget left for the next);
 *   3. the earlier submission;
 *   4. the lower application number.
 */
export interface RankCriterion { code: string; position: number; weight: number; label: { nl: string; en: string } }
export interface CriterionAggregate { sum: number; count: number; min: number; max: number }
export interface RankInput {
  id: number; title: string; leadName: string; isDemo: boolean;
  requested: number | null; status: string; currentStep: string | null; submittedAt: string | null;
  /** Counted reviews (submitted, not conflicted). */
  reviews: number;
  perCriterion: ReadonlyMap<string, CriterionAggregate>;
  decision: { outcome: 'granted' | 'refused'; amount: number | null } | null;
}
export interface CriterionFigure { code: string; mean: number | null; min: number | null; max: number | null; count: number }
export interface RankedRow {
  rank: number; id: number; title: string; leadName: string; isDemo: boolean;
  status: string; currentStep: string | null; requested: number | null; submittedAt: string | null;
  score: number | null; reviews: number; criteria: CriterionFigure[];
  cumulative: number; withinBudget: boolean; decision: RankInput['decision'];
}
export interface Ranking {
  rows: RankedRow[];
  budget: number;
  /** Sum of the requested amounts of every ranked application. */
  requestedTotal: number;
  /** Rank of the first application whose request no longer fits the budget (null: all fit). */
  budgetRunsOutAt: number | null;
  granted: number;
}

export const RANKED_STATUSES: ReadonlySet<string> = new Set(['submitted', 'in_review', 'granted', 'refused']);

const round2 = (n: number) => Math.round(n * 100) / 100;

export function weightedScore(criteria: readonly RankCriterion[], per: ReadonlyMap<string, CriterionAggregate>): number | null {
  let weighted = 0, weights = 0;
  for (const c of criteria) {
    const a = per.get(c.code);
    if (!a || a.count === 0) continue;
    weighted += c.weight * (a.sum / a.count);
    weights += c.weight;
  }
  return weights > 0 ? weighted / weights : null;
}

/** The criteria in tie-break order: heaviest first, then the call's order. */
export function tieOrder(criteria: readonly RankCriterion[]): RankCriterion[] {
  return [...criteria].sort((a, b) => b.weight - a.weight || a.position - b.position);
}

const desc = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a);
const asc = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b);

export function rankApplications(criteria: readonly RankCriterion[], applications: readonly RankInput[], budget: number): Ranking {
  const ordered = [...criteria].sort((a, b) => a.position - b.position);
  const tie = tieOrder(criteria);
  const scored = applications.filter((a) => RANKED_STATUSES.has(a.status)).map((a) => {
    const exact = weightedScore(criteria, a.perCriterion);
    const means = new Map<string, number | null>();
    for (const c of criteria) { const g = a.perCriterion.get(c.code); means.set(c.code, g && g.count ? g.sum / g.count : null); }
    return { a, score: exact === null ? null : round2(exact), means };
  });
  scored.sort((x, y) => {
    const byScore = desc(x.score, y.score);
    if (byScore) return byScore;
    for (const c of tie) {
      const d = desc(x.means.get(c.code) ?? null, y.means.get(c.code) ?? null);
      if (Math.abs(d) > 1e-9) return d;
    }
    return asc(x.a.requested, y.a.requested)
      || asc(x.a.submittedAt ? Date.parse(x.a.submittedAt) : null, y.a.submittedAt ? Date.parse(y.a.submittedAt) : null)
      || x.a.id - y.a.id;
  });
  let cumulative = 0, runsOut: number | null = null, granted = 0;
  const rows = scored.map(({ a, score, means }, i): RankedRow => {
    cumulative = round2(cumulative + (a.requested ?? 0));
    const withinBudget = cumulative <= budget + 1e-9;
    if (!withinBudget && runsOut === null) runsOut = i + 1;
    if (a.decision?.outcome === 'granted') granted = round2(granted + (a.decision.amount ?? 0));
    return {
      rank: i + 1, id: a.id, title: a.title, leadName: a.leadName, isDemo: a.isDemo, status: a.status, currentStep: a.currentStep,
      requested: a.requested, submittedAt: a.submittedAt, score, reviews: a.reviews,
      criteria: ordered.map((c) => {
        const g = a.perCriterion.get(c.code);
        const mean = means.get(c.code) ?? null;
        return { code: c.code, mean: mean === null ? null : round2(mean), min: g?.count ? g.min : null, max: g?.count ? g.max : null, count: g?.count ?? 0 };
      }),
      cumulative, withinBudget, decision: a.decision,
    };
  });
  return { rows, budget, requestedTotal: cumulative, budgetRunsOutAt: runsOut, granted };
}

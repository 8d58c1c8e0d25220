/**
 * Which dimensions to work on first (R4.2: the self-assessment must lead to a trajectory). The
 * ranking deliberately does not follow the lowest score: a low level the organisation does not aim
 * to raise, or that matters little to its mission, is a poor first priority. In order:
 *   1. a dimension whose level is held back by a critical item (backups, privacy, rights) comes first:
 *      it is a risk, not a choice;
 *   2. then the gap to the organisation's own 12-month target, weighed by the relevance to its
 *      mission it chose (high x2, normal x1, low x0.5);
 *   3. ties: the more relevant, then the larger gap, then the model's order.
 */
export const RELEVANCES = ['high', 'normal', 'low'] as const;
export type Relevance = (typeof RELEVANCES)[number];
export const RELEVANCE_WEIGHT: Record<Relevance, number> = { high: 2, normal: 1, low: 0.5 };
/** How many dimensions are suggested (pre-selected); the organisation can pick more or fewer. */
export const SUGGESTED = 3;

export interface RankInput {
  code: string;
  position: number;
  level: number;
  target: number | null;
  relevance: Relevance;
  /** The critical questions that capped this dimension's level, if any. */
  criticalItems: number[];
}

export interface Ranked extends RankInput {
  gap: number;
  score: number;
  rank: number;
  suggested: boolean;
}

export function gapOf(level: number, target: number | null): number {
  return target === null ? 0 : Math.max(0, target - level);
}

export function rankPriorities(dimensions: readonly RankInput[], suggest = SUGGESTED): Ranked[] {
  const scored = dimensions.map((d) => {
    const gap = gapOf(d.level, d.target);
    return { ...d, gap, score: gap * RELEVANCE_WEIGHT[d.relevance] };
  });
  scored.sort((a, b) =>
    Number(b.criticalItems.length > 0) - Number(a.criticalItems.length > 0)
    || b.score - a.score
    || RELEVANCE_WEIGHT[b.relevance] - RELEVANCE_WEIGHT[a.relevance]
    || b.gap - a.gap
    || a.position - b.position);
  return scored.map((d, i) => ({ ...d, rank: i + 1, suggested: i < suggest && (d.criticalItems.length > 0 || d.score > 0) }));
}

export function isRelevance(value: unknown): value is Relevance {
  return typeof value === 'string' && (RELEVANCES as readonly string[]).includes(value);
}

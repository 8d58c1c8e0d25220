/**
 * How the guide ranks what it proposes: a transparent score out of 100, the sum of
 *
 *   dimension   35  tagged with the question's maturity dimension
 *   subsector   20  names the organisation's subsector (8 when it serves the whole sector)
 *   pillar      10  tagged with the question's pillar of transition steering
 *   level       10  the organisation's level lies in the offer's or learning's level range
 *                   (for a peer: at least two levels ahead in the dimension)
 *   text        20  text relevance: 20 x r / (r + 0.1), r the full-text rank of the record
 *                   against the words of the question (Dutch and English stems)
 *   timely       5  learning that starts within 120 days; a case or lesson from the last two years
 *
 * Each part that counts is also a reason shown with the proposal, so the ranking explains itself.
 */
export const WEIGHTS = { dimension: 35, subsector: 20, sectorWide: 8, pillar: 10, level: 10, text: 20, timely: 5 } as const;
/** Half-saturation of the text part: a rank of 0.1 gives half the text points. */
export const TEXT_HALF = 0.1;

export interface Components {
  dimension: boolean;
  subsector: 'own' | 'all' | null;
  pillar: boolean;
  level: boolean;
  rank: number;
  timely: boolean;
}

export type ReasonCode = 'dimension' | 'subsector' | 'sectorWide' | 'pillar' | 'level' | 'peerAhead' | 'text' | 'upcoming' | 'recent';
export interface Reason { code: ReasonCode; params: Record<string, string | number> }

export function textPoints(rank: number): number {
  return rank > 0 ? Math.round((WEIGHTS.text * rank) / (rank + TEXT_HALF)) : 0;
}

export function score(c: Components): number {
  return (c.dimension ? WEIGHTS.dimension : 0)
    + (c.subsector === 'own' ? WEIGHTS.subsector : c.subsector === 'all' ? WEIGHTS.sectorWide : 0)
    + (c.pillar ? WEIGHTS.pillar : 0) + (c.level ? WEIGHTS.level : 0) + textPoints(c.rank) + (c.timely ? WEIGHTS.timely : 0);
}

export interface ReasonContext { dimension: string | null; subsector: string; pillar: number | null; level: number | null; words: string[]; kind: string; peerLevel?: number }

/** The reasons behind a score, as codes with parameters; the views render them in nl or en. */
export function reasons(c: Components, ctx: ReasonContext): Reason[] {
  const out: Reason[] = [];
  if (c.subsector === 'own') out.push({ code: 'subsector', params: { subsector: ctx.subsector } });
  if (c.dimension && ctx.dimension) out.push({ code: 'dimension', params: { dimension: ctx.dimension } });
  if (c.pillar && ctx.pillar !== null) out.push({ code: 'pillar', params: { pillar: ctx.pillar } });
  if (c.level && ctx.kind === 'peer' && ctx.peerLevel !== undefined) out.push({ code: 'peerAhead', params: { level: ctx.peerLevel } });
  else if (c.level && ctx.level !== null) out.push({ code: 'level', params: { level: ctx.level } });
  if (c.rank > 0 && ctx.words.length) out.push({ code: 'text', params: { words: ctx.words.join(', ') } });
  if (c.timely) out.push({ code: ctx.kind === 'learning' ? 'upcoming' : 'recent', params: {} });
  if (c.subsector === 'all') out.push({ code: 'sectorWide', params: {} });
  return out;
}

/** Best first; ties by the stronger text match, then the given order (stable). */
export function byScore<T extends { score: number; rank: number }>(a: T, b: T): number {
  return b.score - a.score || b.rank - a.rank;
}

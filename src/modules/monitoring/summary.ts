import type { Direction } from './constants.js';

export type KpiStatus = 'reached' | 'on_track' | 'behind' | 'unknown';

export interface Evaluation { status: KpiStatus; onTrack: boolean | null; expected: number | null }

const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Where a KPI stands against its target: 'reached' when the latest value meets the target;
 * 'on_track' when it meets the straight line from the baseline (at its date) to the target (at
 * the end of the target's year), taken at the end of the latest period; 'behind' otherwise;
 * 'unknown' without a measurement or a target.
 */
export function evaluate(input: {
  direction: Direction;
  baseline: { value: number; date: string } | null;
  latest: { value: number; periodEnd: string } | null;
  target: { year: number; value: number } | null;
}): Evaluation {
  const { direction, baseline, latest, target } = input;
  if (!latest || !target) return { status: 'unknown', onTrack: null, expected: null };
  const meets = (value: number, goal: number) => (direction === 'increase' ? value >= goal : value <= goal);
  if (meets(latest.value, target.value)) return { status: 'reached', onTrack: true, expected: target.value };
  if (!baseline) return { status: 'behind', onTrack: false, expected: target.value };
  const span = day(`${target.year}-12-31`) - day(baseline.date);
  const share = span <= 0 ? 1 : Math.min(1, Math.max(0, (day(latest.periodEnd) - day(baseline.date)) / span));
  const expected = baseline.value + (target.value - baseline.value) * share;
  return meets(latest.value, expected) ? { status: 'on_track', onTrack: true, expected } : { status: 'behind', onTrack: false, expected };
}

/** The target a year is measured against: that year's, else the next one set. */
export function targetFor(targets: Array<{ year: number; value: number }>, year: number): { year: number; value: number } | null {
  return targets.filter((t) => t.year >= year).sort((a, b) => a.year - b.year)[0] ?? null;
}

import type { Frequency } from '../constants.js';
import type { SeriesPoint } from '../queries.js';

/** What the chart script draws, and the table beside it shows: one row per period. */
export interface ChartModel {
  categories: string[];
  measured: Array<number | null>;
  target: Array<number | null>;
  baseline: number | null;
  unit: string;
  labels: { measured: string; target: string; baseline: string };
}

const targetPeriod = (frequency: Frequency, year: number) => (frequency === 'annual' ? String(year) : frequency === 'quarterly' ? `${year}-Q4` : `${year}-12`);

export function chartModel(input: {
  frequency: Frequency; points: SeriesPoint[]; targets: Array<{ year: number; value: number }>; baseline: { value: number } | null;
  unit: string; labels: ChartModel['labels'];
}): ChartModel {
  const measured = new Map(input.points.map((p) => [p.period, p.value]));
  const targets = new Map(input.targets.map((t) => [targetPeriod(input.frequency, t.year), t.value]));
  const categories = [...new Set([...measured.keys(), ...targets.keys()])].sort();
  return {
    categories,
    measured: categories.map((c) => measured.get(c) ?? null),
    target: categories.map((c) => targets.get(c) ?? null),
    baseline: input.baseline?.value ?? null,
    unit: input.unit,
    labels: input.labels,
  };
}

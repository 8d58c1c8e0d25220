/**
 * Order statistics over maturity levels. Levels are whole numbers 0-5 (changes -5..+5), so the
 * sorted array of a group's levels is fully described by how many members sit at each value: a
 * counting sort. Quantiles and percentiles read that sorted array by rank, without copying it.
 */

/** Counts per value, for values from `offset` up (levels: offset 0, six bins; changes: offset -5, eleven bins). */
export interface Histogram { offset: number; counts: number[] }

export const levelHistogram = (): Histogram => ({ offset: 0, counts: [0, 0, 0, 0, 0, 0] });
export const changeHistogram = (): Histogram => ({ offset: -5, counts: new Array<number>(11).fill(0) });

export function add(h: Histogram, value: number, by = 1): void {
  h.counts[value - h.offset]! += by;
}

export function total(h: Histogram): number {
  let n = 0;
  for (const c of h.counts) n += c;
  return n;
}

export function copy(h: Histogram): Histogram {
  return { offset: h.offset, counts: [...h.counts] };
}

/** The value at rank k (0-based) of the sorted values. */
function valueAt(h: Histogram, k: number): number {
  let seen = 0;
  for (let i = 0; i < h.counts.length; i++) {
    seen += h.counts[i]!;
    if (k < seen) return i + h.offset;
  }
  throw new RangeError(`rank ${k} is beyond the ${seen} values`);
}

/**
 * The p-quantile with linear interpolation between closest ranks (Hyndman-Fan type 7), the
 * definition of PostgreSQL's percentile_cont and of most spreadsheets; null for no values.
 */
export function quantile(h: Histogram, p: number): number | null {
  const n = total(h);
  if (n === 0) return null;
  const position = (n - 1) * p;
  const lower = Math.floor(position);
  const low = valueAt(h, lower);
  if (position === lower) return low;
  return low + (position - lower) * (valueAt(h, lower + 1) - low);
}

/**
 * Where a value stands among the values: the share strictly below plus half the share equal to
 * it, as a whole percentage (mid-rank percentile). Null for no values.
 */
export function percentileOf(h: Histogram, value: number): number | null {
  const n = total(h);
  if (n === 0) return null;
  let below = 0;
  for (let v = h.offset; v < value; v++) below += h.counts[v - h.offset] ?? 0;
  const equal = h.counts[value - h.offset] ?? 0;
  return Math.round((100 * (below + equal / 2)) / n);
}

/** The same figures from a plain list, for tests and for checking against SQL. */
export function histogramOf(values: number[], offset = 0): Histogram {
  const h = offset === 0 ? levelHistogram() : changeHistogram();
  for (const v of values) add(h, v);
  return h;
}

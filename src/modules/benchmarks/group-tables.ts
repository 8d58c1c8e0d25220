import type { GroupStats } from './groups.js';
import { percentileOf, quantile, total, type Histogram } from './stats.js';

/**
 * A peer group's figures with one organisation left out, for every way one can be left out.
 *
 * An organisation is never its own peer, so its benchmark shows each group without itself. What
 * that changes depends only on the values it adds to the group: per dimension its level (0-5),
 * its target and its change since its previous result. So a group's figures can be worked out
 * once for every value that can be left out (and for none), and a benchmark becomes a lookup.
 * The table is made again only after the group changed, once for all its members; when it comes
 * out the same (one more result among hundreds seldom moves a quartile), what was made from it
 * is kept (MaturityIndex.groupTable).
 */
export interface Row {
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** Where the value left out stands among the rest; null when nothing is left out. */
  percentile: number | null;
}

export interface DimensionTable {
  /** By level left out: [nothing, 0, 1, ..., 5]; null where no member has that value. */
  levels: Array<Row | null>;
  /** By target left out: [nothing, 0, ..., 5]. */
  targets: Array<Row | null>;
  /** By change left out: [nothing, -5, ..., +5]. */
  changes: Array<Row | null>;
}

export interface GroupTable { members: number; demo: number; dimensions: DimensionTable[] }

function row(h: Histogram, left: number | null): Row {
  return {
    n: total(h), q1: quantile(h, 0.25), median: quantile(h, 0.5), q3: quantile(h, 0.75),
    percentile: left === null ? null : percentileOf(h, left),
  };
}

/** The figures of the histogram as it is, then without one value of each kind it holds. */
function rows(h: Histogram): Array<Row | null> {
  const out: Array<Row | null> = [row(h, null)];
  for (let i = 0; i < h.counts.length; i++) {
    if (h.counts[i] === 0) { out.push(null); continue; }
    // Taken out and put back: the group's histogram is as it was afterwards.
    h.counts[i]!--;
    try { out.push(row(h, i + h.offset)); } finally { h.counts[i]!++; }
  }
  return out;
}

export function groupTable(g: GroupStats): GroupTable {
  return {
    members: g.members, demo: g.demo,
    dimensions: g.levels.map((levels, d) => ({ levels: rows(levels), targets: rows(g.targets[d]!), changes: rows(g.changes[d]!) })),
  };
}

const sameRow = (a: Row | null, b: Row | null) => a === b || (a !== null && b !== null
  && a.n === b.n && a.q1 === b.q1 && a.median === b.median && a.q3 === b.q3 && a.percentile === b.percentile);
const sameRows = (a: Array<Row | null>, b: Array<Row | null>) => a.length === b.length && a.every((r, i) => sameRow(r, b[i]!));

export function sameTable(a: GroupTable, b: GroupTable): boolean {
  return a.members === b.members && a.demo === b.demo && a.dimensions.length === b.dimensions.length
    && a.dimensions.every((d, i) => { const e = b.dimensions[i]!; return sameRows(d.levels, e.levels) && sameRows(d.targets, e.targets) && sameRows(d.changes, e.changes); });
}

/** The row for leaving out `value` (null: nothing), given the offset of the histogram's first value. */
export function rowFor(rowsByValue: Array<Row | null>, value: number | null, offset: number): Row {
  const found = rowsByValue[value === null ? 0 : value - offset + 1];
  if (!found) throw new RangeError(`no member of the group has the value ${value} to leave out`);
  return found;
}

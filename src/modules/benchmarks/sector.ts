import { MIN_GROUP, PROVINCES, SUBSECTORS, type Breakdown } from './constants.js';
import type { MaturityIndex, OrgEntry } from './read-model.js';
import { add, levelHistogram, quantile, total, type Histogram } from './stats.js';
import { cellVisibility, type Visibility } from './suppression.js';

export interface SectorDimension {
  code: string;
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** Organisations at each level 0-5. */
  distribution: number[];
}

export interface SectorCell {
  /** Subsector or province code; null for the total. */
  code: string | null;
  visibility: Visibility;
  /** Only when shown. */
  n: number | null;
  dimensions: SectorDimension[];
}

export interface SectorAggregate {
  year: number;
  by: Breakdown;
  includesDemo: boolean;
  total: SectorCell;
  cells: SectorCell[];
}

interface Cell { n: number; demo: number; levels: Histogram[] }

const codesOf = (by: Breakdown): readonly string[] => (by === 'subsector' ? SUBSECTORS : PROVINCES);

type YearCells = { total: Cell; cells: Map<string, Cell> };

/** One organisation's part in a breakdown: its latest assessment of each year, added or taken away. */
function contributeSector(years: Map<number, YearCells>, by: Breakdown, includeDemo: boolean, dims: number, org: OrgEntry, sign: 1 | -1): void {
  if (org.retired || (org.isDemo && !includeDemo)) return;
  const fresh = (): Cell => ({ n: 0, demo: 0, levels: Array.from({ length: dims }, levelHistogram) });
  const list = org.snapshots;
  const key = by === 'subsector' ? org.subsector : org.province;
  for (let i = 0; i < list.length; i++) {
    const snapshot = list[i]!;
    if (i + 1 < list.length && list[i + 1]!.year === snapshot.year) continue;
    let y = years.get(snapshot.year);
    if (!y) years.set(snapshot.year, (y = { total: fresh(), cells: new Map(codesOf(by).map((code) => [code, fresh()])) }));
    let cell = y.cells.get(key);
    if (!cell) y.cells.set(key, (cell = fresh()));
    for (const target of [y.total, cell]) {
      target.n += sign;
      if (org.isDemo) target.demo += sign;
      for (let d = 0; d < dims; d++) if (snapshot.levels[d]! >= 0) add(target.levels[d]!, snapshot.levels[d]!, sign);
    }
  }
}

/**
 * Every year's cells: an organisation counts in a year with its latest assessment submitted in
 * that year (its snapshots are in date order, so the last one of a year wins). Built in one pass
 * on first use, then kept by the index: a submission takes the organisation's old part out and
 * puts its new part in, instead of scanning the whole sector again.
 */
function cellsByYear(index: MaturityIndex, by: Breakdown, includeDemo: boolean): Map<number, YearCells> {
  return index.maintain(`sector:${by}:${includeDemo}`, () => {
    const dims = index.dimensions.length;
    const years = new Map<number, YearCells>();
    for (const org of index.activeList()) contributeSector(years, by, includeDemo, dims, org, 1);
    return { value: years, apply: (org, sign) => contributeSector(years, by, includeDemo, dims, org, sign) };
  });
}

function cellsFor(index: MaturityIndex, year: number, by: Breakdown, includeDemo: boolean): YearCells {
  const dims = index.dimensions.length;
  const empty = (): Cell => ({ n: 0, demo: 0, levels: Array.from({ length: dims }, levelHistogram) });
  return cellsByYear(index, by, includeDemo).get(year) ?? { total: empty(), cells: new Map(codesOf(by).map((code) => [code, empty()])) };
}

function present(index: MaturityIndex, code: string | null, cell: Cell, visibility: Visibility): SectorCell {
  if (!visibility.shown) return { code, visibility, n: null, dimensions: [] };
  return {
    code, visibility, n: cell.n,
    dimensions: index.dimensions.map((dim, d) => {
      const h = cell.levels[d]!;
      const n = total(h);
      // A dimension answered by fewer organisations than the cell holds is its own small group.
      const enough = n >= MIN_GROUP;
      return {
        code: dim, n: enough ? n : 0,
        q1: enough ? quantile(h, 0.25) : null, median: enough ? quantile(h, 0.5) : null, q3: enough ? quantile(h, 0.75) : null,
        distribution: enough ? [...h.counts] : [],
      };
    }),
  };
}

/**
 * The sector baseline (nulmeting) for one year of submission: the total and one breakdown, each
 * organisation counted once with its latest assessment of that year; small cells withheld, and
 * their complement too where the total would give them away.
 */
export function sectorAggregate(index: MaturityIndex, year: number, by: Breakdown, includeDemo: boolean): SectorAggregate {
  return index.memo(`sector-figures:${year}:${by}:${includeDemo}`, () => {
    const { total: all, cells } = cellsFor(index, year, by, includeDemo);
    const keys = [...cells.keys()];
    const visibility = cellVisibility(all.n, keys.map((key) => ({ key, n: cells.get(key)!.n })));
    return {
      year, by, includesDemo: all.demo > 0,
      total: present(index, null, all, visibility.total),
      cells: keys.map((key) => present(index, key, cells.get(key)!, visibility.cells.get(key)!)),
    };
  });
}

export interface TrendPoint { year: number; visibility: Visibility; n: number | null; medians: Array<number | null> }

/** The sector total per year of submission, for the page's "over the years" table. */
export function sectorTrend(index: MaturityIndex, includeDemo: boolean): TrendPoint[] {
  return index.years().map((year) => {
    const t = sectorAggregate(index, year, 'subsector', includeDemo).total;
    return { year, visibility: t.visibility, n: t.n, medians: t.dimensions.map((d) => d.median) };
  });
}

import type { Db } from '../../../db/database.js';
import { MaturityIndex, sectorAggregate } from '../../benchmarks/index.js';
import { cellText, csvLine } from './csv.js';

const BREAKDOWNS = ['subsector', 'province'] as const;
const LEVELS = [0, 1, 2, 3, 4, 5];

export const AGGREGATE_HEADER = [
  'year', 'breakdown', 'group', 'shown', 'withheld_reason', 'organisations', 'includes_demo',
  'dimension', 'respondents', 'q1', 'median', 'q3', ...LEVELS.map((l) => `level_${l}`),
];

/**
 * The anonymous sector figures the platform already shows on /maturity/sector, as CSV: per year
 * of submission, the sector total and each subsector and province, per dimension. They come from
 * the same computation as that page, so the same rule holds: a group of fewer than five
 * organisations, or one that would reveal fewer than five by difference, is withheld (its row
 * says why and carries no figures).
 */
export function* aggregateCsv(index: MaturityIndex): Generator<string> {
  yield csvLine(AGGREGATE_HEADER);
  for (const year of index.years()) {
    for (const by of BREAKDOWNS) {
      const aggregate = sectorAggregate(index, year, by, true);
      const cells = by === 'subsector' ? [aggregate.total, ...aggregate.cells] : aggregate.cells;
      let out = '';
      for (const cell of cells) {
        const breakdown = cell.code === null ? 'total' : by;
        const reason = cell.visibility.shown ? null : cell.visibility.reason;
        const head = [String(year), breakdown, cell.code ?? 'total', cell.visibility.shown ? 'true' : 'false', reason,
          cell.n === null ? null : String(cell.n), aggregate.includesDemo ? 'true' : 'false'];
        if (!cell.visibility.shown || !cell.dimensions.length) {
          out += csvLine([...head, null, null, null, null, null, ...LEVELS.map(() => null)]);
          continue;
        }
        for (const d of cell.dimensions) {
          const enough = d.n > 0;
          out += csvLine([...head, d.code, String(d.n), cellText(d.q1), cellText(d.median), cellText(d.q3),
            ...LEVELS.map((l) => (enough ? String(d.distribution[l] ?? 0) : null))]);
        }
      }
      yield out;
    }
  }
}

/** The maturity index for the aggregates, rebuilt only when the maturity data changed. */
export function aggregateIndexCache(db: Db, stamp: () => string) {
  let cached: { stamp: string; index: Promise<MaturityIndex> } | null = null;
  return (): Promise<MaturityIndex> => {
    const now = stamp();
    if (!cached || cached.stamp !== now) {
      const index = MaturityIndex.build(db);
      cached = { stamp: now, index };
      index.catch(() => { if (cached?.index === index) cached = null; });
    }
    return cached.index;
  };
}

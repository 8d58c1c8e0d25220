import { SUBSECTORS } from '../../catalog/types.js';
import { PROVINCES } from '../monitoring/index.js';

/** Limits and code lists shared by the read model, the pages, the API and the KPI feed. */

/** The smallest group of organisations whose figures may be shown (k-anonymity). */
export const MIN_GROUP = 5;

/** A peer's year-on-year change compares its latest assessment with one at least this many months older. */
export const YOY_MIN_MONTHS = 6;

export const STAFF_CLASSES = ['0-4', '5-19', '20-49', '50+'] as const;
export { PROVINCES, SUBSECTORS };

/** The peer filters an organisation may combine; each keeps peers that share that attribute. */
export const PEER_FILTERS = ['subsector', 'size', 'province'] as const;
export type PeerFilter = (typeof PEER_FILTERS)[number];

export const BREAKDOWNS = ['subsector', 'province'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Where the KPI measurements fed from the baseline say they come from. */
export const KPI_SOURCE = 'Zelfevaluatie digitale maturiteit (Transitieruimte)';
export const kpiCode = (dimension: string) => `maturity-median-${dimension}`;

/** Confidence of a fed measurement by the number of organisations behind it. */
export function confidenceFor(n: number): 'high' | 'medium' | 'low' {
  return n >= 30 ? 'high' : n >= 10 ? 'medium' : 'low';
}

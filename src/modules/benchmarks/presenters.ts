import type { Lang, Translate } from '../../plugins/i18n.js';
import type { Catalog } from '../../catalog/catalog.js';
import { MIN_GROUP, PEER_FILTERS, type Breakdown } from './constants.js';
import type { GroupFigures, PeerBenchmark, PeerFilters } from './peers.js';
import type { DimensionNames } from './queries.js';
import type { SectorAggregate, SectorCell, TrendPoint } from './sector.js';
import type { Visibility } from './suppression.js';
import { formatFigure } from '../../i18n/formats.js';

/** Why a group shows nothing, in the reader's language; null when it is shown. */
export function withheldMessage(t: Translate, v: Visibility): string | null {
  if (v.shown) return null;
  return t(`benchmarks.withheld.${v.reason}`, { min: MIN_GROUP });
}

export interface Labels { t: Translate; lang: Lang; catalog: Catalog; dimension: DimensionNames }

export const subsectorName = (l: Labels, code: string) => l.catalog.subsectors.find((s) => s.code === code)?.name[l.lang] ?? code;
export const provinceName = (l: Labels, code: string) => l.t(`benchmarks.province.${code}`);
export const sizeName = (l: Labels, code: string) => l.t('benchmarks.sizeClass', { size: code });

/** "same subsector (Arts), same province (Limburg)", or "all organisations". */
export function groupLabel(l: Labels, b: PeerBenchmark, filters: PeerFilters): string {
  const o = b.organisation;
  const parts = PEER_FILTERS.filter((f) => filters[f]).map((f) => l.t(`benchmarks.filter.${f}.label`, {
    value: f === 'subsector' ? subsectorName(l, o.subsector) : f === 'size' ? sizeName(l, o.staffClass) : provinceName(l, o.province),
  }));
  return parts.length ? parts.join(', ') : l.t('benchmarks.group.all');
}

export const filterQuery = (f: PeerFilters) => PEER_FILTERS.filter((k) => f[k]).map((k) => `${k}=same`).join('&');

function presentGroup(l: Labels, b: PeerBenchmark, g: GroupFigures) {
  return {
    filters: g.filters,
    label: groupLabel(l, b, g.filters),
    shown: g.visibility.shown,
    reason: g.visibility.shown ? null : g.visibility.reason,
    message: withheldMessage(l.t, g.visibility),
    peers: g.peers,
    includesDemo: g.includesDemo,
    dimensions: g.dimensions.map((d) => ({ ...d, name: l.dimension(d.code, l.lang) })),
  };
}

export function presentBenchmark(l: Labels, b: PeerBenchmark, modelVersion: number | null) {
  const o = b.organisation;
  return {
    organisation: { id: o.id, name: o.name, isDemo: o.isDemo, subsector: o.subsector, staffClass: o.staffClass, province: o.province },
    assessment: b.latest ? { id: b.latest.assessmentId, kind: b.latest.kind, submittedAt: b.latest.submittedAt.toISOString(), year: b.latest.year } : null,
    modelVersion,
    rules: rules(l.t),
    group: presentGroup(l, b, b.group),
    broader: b.broader.map((g) => presentGroup(l, b, g)),
  };
}

export const rules = (t: Translate) => ({
  minGroup: MIN_GROUP,
  percentile: t('benchmarks.rule.percentile'),
  quartiles: t('benchmarks.rule.quartiles'),
  yearOnYear: t('benchmarks.rule.yoy'),
  suppression: t('benchmarks.rule.suppression', { min: MIN_GROUP }),
  difference: t('benchmarks.rule.difference', { min: MIN_GROUP }),
});

function presentCell(l: Labels, by: Breakdown, c: SectorCell) {
  return {
    code: c.code,
    label: c.code === null ? l.t('benchmarks.sector.total') : by === 'subsector' ? subsectorName(l, c.code) : provinceName(l, c.code),
    shown: c.visibility.shown,
    reason: c.visibility.shown ? null : c.visibility.reason,
    message: withheldMessage(l.t, c.visibility),
    n: c.n,
    dimensions: c.dimensions.map((d) => ({ ...d, name: l.dimension(d.code, l.lang) })),
  };
}

export function presentSector(l: Labels, years: number[], aggregate: SectorAggregate | null, trend: TrendPoint[], dims: readonly string[], by: Breakdown) {
  return {
    year: aggregate?.year ?? null,
    years,
    by,
    includesDemo: aggregate?.includesDemo ?? false,
    rules: rules(l.t),
    total: aggregate ? presentCell(l, aggregate.by, aggregate.total) : null,
    cells: aggregate ? aggregate.cells.map((c) => presentCell(l, aggregate.by, c)) : [],
    trend: trend.map((p) => ({
      year: p.year, shown: p.visibility.shown, n: p.n,
      medians: Object.fromEntries(dims.map((code, d) => [code, p.medians[d] ?? null])),
    })),
  };
}

export type BenchmarkView = ReturnType<typeof presentBenchmark>;
export type SectorView = ReturnType<typeof presentSector>;

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The benchmark as CSV: one row per group and dimension; withheld groups say so instead of figures. */
export function benchmarkCsv(view: BenchmarkView): string {
  const head = ['group', 'shown', 'peers', 'dimension', 'own_level', 'q1', 'median', 'q3', 'own_percentile', 'peers_median_target', 'peers_with_target', 'peers_median_change', 'peers_with_change', 'note'];
  const lines = [head.join(',')];
  for (const g of [view.group, ...view.broader]) {
    if (!g.shown) { lines.push([g.label, 'no', '', '', '', '', '', '', '', '', '', '', '', g.message].map(csvCell).join(',')); continue; }
    for (const d of g.dimensions) {
      lines.push([g.label, 'yes', g.peers, d.code, d.level, d.q1, d.median, d.q3, d.percentile, d.targetMedian, d.targetPeers, d.yoyMedian, d.yoyPeers, g.includesDemo ? 'includes demo organisations' : ''].map(csvCell).join(','));
    }
  }
  return lines.join('\n') + '\n';
}

/** Figures as the reader's language writes them: 2.5 in English, 2,5 in Dutch; a dash when there is none. */
export function formatLevel(lang: Lang, value: number | null): string {
  if (value === null) return '–';
  return formatFigure(lang, value);
}

export function formatChange(lang: Lang, value: number | null): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : ''}${formatLevel(lang, value)}`;
}

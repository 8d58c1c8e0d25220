import type { Db } from '../../db/database.js';
import type { Bilingual } from '../../catalog/types.js';
import { gatherReportData } from './report-data.js';

export const BREAKDOWNS = ['subsector', 'province'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface DashboardQuery { year: number; kpi?: string | undefined; breakdown: Breakdown }

export interface DashboardData {
  year: number;
  actionLines: Array<{ code: string; title: Bilingual; progress: number; atRisk: number; actions: number; budgetPlanned: number; budgetSpent: number; isDemo: boolean }>;
  kpis: Array<{ code: string; name: Bilingual; unit: string; isDemo: boolean }>;
  kpi: null | {
    code: string; name: Bilingual; unit: string; direction: 'increase' | 'decrease'; baseline: number | null; baselineDate: string | null;
    /** Totals per year (the latest period of each year), with that year's target. */
    trend: Array<{ year: number; value: number | null; target: number | null }>;
    /** The selected year's values per subsector or province. */
    comparison: Array<{ key: string; value: number }>;
    /** Values per year and subsector/province: the comparison over time. */
    matrix: { keys: string[]; years: number[]; values: Record<string, Record<number, number>> };
  };
}

/** The dashboard: action lines of the year's plans, and one KPI's trend and comparisons. */
export async function gatherDashboard(db: Db, query: DashboardQuery): Promise<DashboardData> {
  const report = await gatherReportData(db, query.year);
  const kpis = await db.selectFrom('kpis').select(['id', 'code', 'name_nl', 'name_en', 'unit', 'direction', 'baseline_value', 'baseline_date', 'is_demo'])
    .where('retired_at', 'is', null).orderBy('code').execute();
  const selected = kpis.find((k) => k.code === query.kpi) ?? kpis[0];
  let kpi: DashboardData['kpi'] = null;
  if (selected) {
    const [rows, targets] = await Promise.all([
      db.selectFrom('measurements').select(['period', 'period_start', 'value', 'subsector', 'province']).where('kpi_id', '=', selected.id).orderBy('period_start').execute(),
      db.selectFrom('kpi_targets').select(['year', 'value']).where('kpi_id', '=', selected.id).execute(),
    ]);
    // Per year the latest period counts (for quarterly or monthly KPIs: the year's last value).
    const latest = new Map<string, { year: number; value: number; start: string }>();
    for (const r of rows) {
      const year = Number(r.period_start.slice(0, 4));
      const key = `${year}|${r.subsector}|${r.province}`;
      const seen = latest.get(key);
      if (!seen || seen.start <= r.period_start) latest.set(key, { year, value: r.value, start: r.period_start });
    }
    const totals = new Map<number, number>();
    const matrix: Record<string, Record<number, number>> = {};
    const years = new Set<number>();
    for (const [key, v] of latest) {
      const [, subsector, province] = key.split('|');
      years.add(v.year);
      if (!subsector && !province) totals.set(v.year, v.value);
      const part = query.breakdown === 'subsector' ? (subsector && !province ? subsector : '') : (province && !subsector ? province : '');
      if (part) (matrix[part] ??= {})[v.year] = v.value;
    }
    const targetOf = new Map(targets.map((t) => [t.year, t.value]));
    for (const y of targetOf.keys()) years.add(y);
    const sortedYears = [...years].sort((a, b) => a - b);
    const keys = Object.keys(matrix).sort();
    kpi = {
      code: selected.code, name: { nl: selected.name_nl, en: selected.name_en }, unit: selected.unit, direction: selected.direction,
      baseline: selected.baseline_value, baselineDate: selected.baseline_date,
      trend: sortedYears.map((year) => ({ year, value: totals.get(year) ?? null, target: targetOf.get(year) ?? null })),
      comparison: keys.filter((k) => matrix[k]![query.year] !== undefined).map((k) => ({ key: k, value: matrix[k]![query.year]! })),
      matrix: { keys, years: sortedYears.filter((y) => keys.some((k) => matrix[k]![y] !== undefined)), values: matrix },
    };
  }
  return {
    year: query.year,
    actionLines: report.actionLines.map((l) => ({
      code: l.code, title: l.title, progress: l.progress, atRisk: l.atRisk, actions: l.actions.length, isDemo: l.isDemo,
      budgetPlanned: l.actions.reduce((s, a) => s + (a.budgetPlanned ?? 0), 0), budgetSpent: l.actions.reduce((s, a) => s + (a.budgetSpent ?? 0), 0),
    })),
    kpis: kpis.map((k) => ({ code: k.code, name: { nl: k.name_nl, en: k.name_en }, unit: k.unit, isDemo: k.is_demo })),
    kpi,
  };
}

/** RFC 4180 CSV: every field quoted when it holds a separator, quote or line break. */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const field = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

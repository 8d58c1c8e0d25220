import type { Db } from '../../db/database.js';
import type { Bilingual } from '../../catalog/types.js';
import { kpiComparison } from '../monitoring/index.js';
import { gatherActionLines } from './report-data.js';
import type { ResponseCache } from '../../catalog/response-cache.js';
import { brusselsDate } from '../../web/dates.js';

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

/** A value the response cache keeps as JSON bytes. */
const parsed = async <T>(body: Promise<Buffer>): Promise<T> => JSON.parse((await body).toString('utf8')) as T;

/** The dashboard: action lines of the year's plans, and one KPI's trend and comparisons. */
export async function gatherDashboard(db: Db, query: DashboardQuery, cache?: ResponseCache): Promise<DashboardData> {
  // The action lines of a year are the same for every KPI and breakdown: made once per cycle change and day.
  const lines = cache
    ? await parsed<Awaited<ReturnType<typeof gatherActionLines>>>(cache.getAsync(`dashboard-lines:${brusselsDate()}:${query.year}`, ['cycle'], async () => JSON.stringify(await gatherActionLines(db, query.year))))
    : await gatherActionLines(db, query.year);
  const listKpis = () => db.selectFrom('kpis').select(['id', 'code', 'name_nl', 'name_en', 'unit', 'direction', 'baseline_value', 'baseline_date', 'is_demo'])
    .where('retired_at', 'is', null).orderBy('code').execute();
  // The KPI list changes with monitoring's definitions, not with measurements.
  const kpis = cache ? await parsed<Awaited<ReturnType<typeof listKpis>>>(cache.getAsync('dashboard-kpis', ['monitoring'], async () => JSON.stringify(await listKpis()))) : await listKpis();
  const selected = kpis.find((k) => k.code === query.kpi) ?? kpis[0];
  let kpi: DashboardData['kpi'] = null;
  if (selected) {
    // Per year the value of its last period (monitoring's rule), read through the breakdown indexes;
    // one reading per KPI serves every year and breakdown, until that KPI's measurements change.
    const readKpi = async () => ({
      comparison: await kpiComparison(db, selected.id),
      targets: await db.selectFrom('kpi_targets').select(['year', 'value']).where('kpi_id', '=', selected.id).execute(),
    });
    const { comparison, targets } = cache
      ? await parsed<Awaited<ReturnType<typeof readKpi>>>(cache.getAsync(`dashboard-kpi:${selected.id}`, ['monitoring'], async () => JSON.stringify(await readKpi()), [`kpi:${selected.code}`]))
      : await readKpi();
    const rows = query.breakdown === 'subsector' ? comparison.bySubsector : comparison.byProvince;
    const total = rows.find((r) => r.code === '');
    const parts = rows.filter((r) => r.code !== '');
    const values: Record<string, Record<number, number>> = {};
    for (const part of parts) {
      values[part.code] = {};
      comparison.years.forEach((y, i) => { if (part.values[i] !== null && part.values[i] !== undefined) values[part.code]![y] = part.values[i]!; });
    }
    const targetOf = new Map(targets.map((t) => [t.year, t.value]));
    const totalOf = new Map(comparison.years.map((y, i) => [y, total?.values[i] ?? null]));
    const years = [...new Set([...comparison.years, ...targetOf.keys()])].sort((a, b) => a - b);
    const keys = parts.map((p) => p.code);
    kpi = {
      code: selected.code, name: { nl: selected.name_nl, en: selected.name_en }, unit: selected.unit, direction: selected.direction,
      baseline: selected.baseline_value, baselineDate: selected.baseline_date,
      trend: years.map((year) => ({ year, value: totalOf.get(year) ?? null, target: targetOf.get(year) ?? null })),
      comparison: keys.filter((k) => values[k]![query.year] !== undefined).sort().map((k) => ({ key: k, value: values[k]![query.year]! })),
      matrix: { keys: [...keys].sort(), years: comparison.years.filter((y) => keys.some((k) => values[k]![y] !== undefined)), values },
    };
  }
  return {
    year: query.year,
    actionLines: lines.map((l) => ({
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

import { h } from '../../../web/jsx.js';
import type { ViewContext } from '../../../web/context.js';
import { Layout } from '../../../web/layout.js';
import { FilterSelect, ScrollTable } from '../../../web/components.js';
import type { DashboardData, DashboardQuery } from '../dashboard-data.js';
import { formatDay, formatFigure } from '../../../i18n/formats.js';
import { unitLabel } from '../../monitoring/views/parts.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** What /static/js/charts.js draws: categories and series, the same figures as the table beside it. */
interface ChartSpec {
  kind: 'bar' | 'line';
  categories: string[];
  series: Array<{ name: string; data: Array<number | null>; color: string; line?: 'dashed' | 'dotted' }>;
  unit?: string;
  percent?: boolean;
}

/**
 * The follow-up dashboard: every chart is ECharts, drawn in the browser from the figures of the
 * table beside it (which is the accessible form), with a CSV and XLSX download. The annual
 * report's PDF renders the same kinds of chart on the server.
 */
export function DashboardPage({ ctx, data, query, labelOf, years }: {
  ctx: ViewContext; data: DashboardData; query: DashboardQuery; labelOf: (key: string) => string; years: number[];
}) {
  const { t, lang } = ctx;
  const num = (n: number | null) => (n === null ? '–' : formatFigure(lang, n));
  const qs = (extra: Record<string, string> = {}) => new URLSearchParams({ year: String(query.year), breakdown: query.breakdown, ...(data.kpi ? { kpi: data.kpi.code } : {}), ...extra }).toString();
  const figure = (spec: ChartSpec, label: string) => (
    <figure class="chart">
      <div class="chart-canvas" data-chart={JSON.stringify(spec)} aria-hidden="true"></div>
      <figcaption class="hint">{label}</figcaption>
    </figure>
  );
  const demo = data.actionLines.some((l) => l.isDemo) || data.kpis.some((k) => k.isDemo);
  return (
    <Layout ctx={ctx} title={t('dashboard.title')} api={`/api/dashboard?${qs()}`} scripts={['/static/vendor/echarts/echarts.min.js', '/static/js/charts.js']}>
      <h1>{t('dashboard.title')}</h1>
      <p class="lead">{t('dashboard.lead')}</p>
      {demo ? <div class="notice notice-demo"><p>{t('dashboard.demoNotice')}</p></div> : null}
      <form method="get" action="/dashboard" class="filters" aria-label={t('list.filters')}>
        <FilterSelect name="year" label={t('dashboard.year')} value={query.year} all={t('dashboard.thisYear')} options={years.map((y) => [String(y), String(y)])} />
        <FilterSelect name="kpi" label={t('dashboard.kpi')} value={data.kpi?.code} all={t('dashboard.firstKpi')} options={data.kpis.map((k) => [k.code, `${k.name[lang]}${k.isDemo ? ` (${t('demo.badge')})` : ''}`])} />
        <FilterSelect name="breakdown" label={t('dashboard.breakdown')} value={query.breakdown} all={t('dashboard.breakdown.subsector')} options={[['province', t('dashboard.breakdown.province')]]} />
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>

      <h2>{t('dashboard.lines', { year: data.year })}</h2>
      {data.actionLines.length === 0 ? <p>{t('dashboard.noLines', { year: data.year })}</p> : [
        figure({ kind: 'bar', percent: true, categories: data.actionLines.map((l) => l.title[lang]),
          series: [{ name: t('report.progress'), data: data.actionLines.map((l) => Math.round(l.progress * 100)), color: '#1a1a1a' }] }, t('report.progressChart')),
        <ScrollTable caption={t('dashboard.linesTable', { year: data.year })} class="data-table">
          <thead><tr><th scope="col">{t('dashboard.col.line')}</th><th scope="col">{t('report.col.progress')}</th><th scope="col">{t('dashboard.col.actions')}</th><th scope="col">{t('dashboard.col.atRisk')}</th><th scope="col">{t('report.col.budget')}</th></tr></thead>
          <tbody>{data.actionLines.map((l) => <tr><td><a href={`/action-lines/${l.code}`}>{l.code}</a> {l.title[lang]}</td><td>{pct(l.progress)}</td><td>{String(l.actions)}</td><td>{l.atRisk ? <span class="badge badge-weak">{String(l.atRisk)}</span> : '0'}</td><td>{num(l.budgetSpent)} / {num(l.budgetPlanned)}</td></tr>)}</tbody>
        </ScrollTable>,
        <Downloads t={t} table="action-lines" query={qs()} />,
      ]}

      {data.kpi ? [
        <h2>{t('dashboard.trend', { kpi: data.kpi.name[lang] })}</h2>,
        <p>{t('dashboard.kpiMeta', { unit: unitLabel(t, data.kpi.unit), baseline: num(data.kpi.baseline), date: data.kpi.baselineDate ? formatDay(lang, data.kpi.baselineDate) : '–' })} <a href={`/kpis/${data.kpi.code}`}>{t('dashboard.toKpi')}</a></p>,
        figure({ kind: 'line', unit: data.kpi.unit, categories: data.kpi.trend.map((p) => String(p.year)), series: [
          { name: t('report.col.value'), data: data.kpi.trend.map((p) => p.value), color: '#1a1a1a' },
          { name: t('report.col.target'), data: data.kpi.trend.map((p) => p.target), color: '#8a5a00', line: 'dashed' },
          ...(data.kpi.baseline !== null ? [{ name: t('report.col.baseline'), data: data.kpi.trend.map(() => data.kpi!.baseline), color: '#595959', line: 'dotted' as const }] : []),
        ] }, t('dashboard.trendChart')),
        <ScrollTable caption={t('dashboard.trendTable', { kpi: data.kpi.name[lang], unit: unitLabel(t, data.kpi.unit) })} class="data-table">
          <thead><tr><th scope="col">{t('dashboard.year')}</th><th scope="col">{t('report.col.value')}</th><th scope="col">{t('report.col.target')}</th></tr></thead>
          <tbody>{data.kpi.trend.map((p) => <tr><th scope="row">{String(p.year)}</th><td>{num(p.value)}</td><td>{num(p.target)}</td></tr>)}</tbody>
        </ScrollTable>,
        <Downloads t={t} table="trend" query={qs()} />,
        <h2>{t(`dashboard.compare.${query.breakdown}`, { year: data.year })}</h2>,
        data.kpi.comparison.length === 0 ? <p>{t('dashboard.noBreakdown', { year: data.year })}</p> : [
          figure({ kind: 'bar', unit: data.kpi.unit, categories: data.kpi.comparison.map((c) => labelOf(c.key)),
            series: [{ name: data.kpi.name[lang], data: data.kpi.comparison.map((c) => c.value), color: '#1a1a1a' }] }, t('dashboard.compareChart')),
          <ScrollTable caption={t(`dashboard.compare.${query.breakdown}`, { year: data.year })} class="data-table">
            <thead><tr><th scope="col">{t(`dashboard.breakdown.${query.breakdown}`)}</th><th scope="col">{t('report.col.value')} ({unitLabel(t, data.kpi.unit)})</th></tr></thead>
            <tbody>{data.kpi.comparison.map((c) => <tr><th scope="row">{labelOf(c.key)}</th><td>{num(c.value)}</td></tr>)}</tbody>
          </ScrollTable>,
        ],
        data.kpi.matrix.keys.length ? [
          <h2>{t('dashboard.overYears')}</h2>,
          <ScrollTable caption={t('dashboard.overYearsTable', { kpi: data.kpi.name[lang], unit: unitLabel(t, data.kpi.unit) })} class="data-table">
            <thead><tr><th scope="col">{t(`dashboard.breakdown.${query.breakdown}`)}</th>{data.kpi.matrix.years.map((y) => <th scope="col">{String(y)}</th>)}</tr></thead>
            <tbody>{data.kpi.matrix.keys.map((k) => <tr><th scope="row">{labelOf(k)}</th>{data.kpi!.matrix.years.map((y) => <td>{num(data.kpi!.matrix.values[k]![y] ?? null)}</td>)}</tr>)}</tbody>
          </ScrollTable>,
          <Downloads t={t} table="comparison" query={qs()} />,
        ] : null,
      ] : <p>{t('dashboard.noKpis')}</p>}
    </Layout>
  );
}

/** The table just above as CSV and as XLSX: the same rows in both. */
function Downloads({ t, table, query }: { t: ViewContext['t']; table: string; query: string }) {
  return <p class="actions"><a href={`/dashboard/${table}.csv?${query}`}>{t('dashboard.csv')}</a><a href={`/dashboard/${table}.xlsx?${query}`}>{t('dashboard.xlsx')}</a></p>;
}

import { h, raw } from '../../../web/jsx.js';
import type { ViewContext } from '../../../web/context.js';
import { Layout } from '../../../web/layout.js';
import { FilterSelect } from '../../../web/components.js';
import { comparisonChart, cspSafeSvg, trendChart } from '../charts.js';
import type { DashboardData, DashboardQuery } from '../dashboard-data.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The follow-up dashboard: every chart is server-rendered ECharts with its data as a table beside it and a CSV and XLSX download. */
export function DashboardPage({ ctx, data, query, labelOf, years, progressSvg }: {
  ctx: ViewContext; data: DashboardData; query: DashboardQuery; labelOf: (key: string) => string; years: number[];
  /** The progress chart, made once per year and language by the route (the same for every KPI). */
  progressSvg: string | null;
}) {
  const { t, lang } = ctx;
  const num = (n: number | null) => (n === null ? '–' : n.toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2 }));
  const qs = (extra: Record<string, string> = {}) => new URLSearchParams({ year: String(query.year), breakdown: query.breakdown, ...(data.kpi ? { kpi: data.kpi.code } : {}), ...extra }).toString();
  const figure = (svg: string | null, label: string) => (svg ? <figure class="chart" role="img" aria-label={label}>{raw(cspSafeSvg(svg))}</figure> : null);
  const demo = data.actionLines.some((l) => l.isDemo) || data.kpis.some((k) => k.isDemo);
  return (
    <Layout ctx={ctx} title={t('dashboard.title')} api={`/api/dashboard?${qs()}`}>
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
        figure(progressSvg, t('report.progressChart')),
        <table class="data-table">
          <caption>{t('dashboard.linesTable', { year: data.year })}</caption>
          <thead><tr><th scope="col">{t('dashboard.col.line')}</th><th scope="col">{t('report.col.progress')}</th><th scope="col">{t('dashboard.col.actions')}</th><th scope="col">{t('dashboard.col.atRisk')}</th><th scope="col">{t('report.col.budget')}</th></tr></thead>
          <tbody>{data.actionLines.map((l) => <tr><td><a href={`/action-lines/${l.code}`}>{l.code}</a> {l.title[lang]}</td><td>{pct(l.progress)}</td><td>{String(l.actions)}</td><td>{l.atRisk ? <span class="badge badge-weak">{String(l.atRisk)}</span> : '0'}</td><td>{num(l.budgetSpent)} / {num(l.budgetPlanned)}</td></tr>)}</tbody>
        </table>,
        <Downloads t={t} table="action-lines" query={qs()} />,
      ]}

      {data.kpi ? [
        <h2>{t('dashboard.trend', { kpi: data.kpi.name[lang] })}</h2>,
        <p>{t('dashboard.kpiMeta', { unit: data.kpi.unit, baseline: num(data.kpi.baseline), date: data.kpi.baselineDate ?? '–' })} <a href={`/kpis/${data.kpi.code}`}>{t('dashboard.toKpi')}</a></p>,
        figure(trendChart(data.kpi.trend, data.kpi.baseline, { value: t('report.col.value'), target: t('report.col.target'), baseline: t('report.col.baseline') }), t('dashboard.trendChart')),
        <table class="data-table">
          <caption>{t('dashboard.trendTable', { kpi: data.kpi.name[lang], unit: data.kpi.unit })}</caption>
          <thead><tr><th scope="col">{t('dashboard.year')}</th><th scope="col">{t('report.col.value')}</th><th scope="col">{t('report.col.target')}</th></tr></thead>
          <tbody>{data.kpi.trend.map((p) => <tr><th scope="row">{String(p.year)}</th><td>{num(p.value)}</td><td>{num(p.target)}</td></tr>)}</tbody>
        </table>,
        <Downloads t={t} table="trend" query={qs()} />,
        <h2>{t(`dashboard.compare.${query.breakdown}`, { year: data.year })}</h2>,
        data.kpi.comparison.length === 0 ? <p>{t('dashboard.noBreakdown', { year: data.year })}</p> : [
          figure(comparisonChart(data.kpi.comparison.map((c) => ({ label: labelOf(c.key), value: c.value })), data.kpi.name[lang]), t('dashboard.compareChart')),
          <table class="data-table">
            <caption>{t(`dashboard.compare.${query.breakdown}`, { year: data.year })}</caption>
            <thead><tr><th scope="col">{t(`dashboard.breakdown.${query.breakdown}`)}</th><th scope="col">{t('report.col.value')} ({data.kpi.unit})</th></tr></thead>
            <tbody>{data.kpi.comparison.map((c) => <tr><th scope="row">{labelOf(c.key)}</th><td>{num(c.value)}</td></tr>)}</tbody>
          </table>,
        ],
        data.kpi.matrix.keys.length ? [
          <h2>{t('dashboard.overYears')}</h2>,
          <div class="table-scroll">
            <table class="data-table">
              <caption>{t('dashboard.overYearsTable', { kpi: data.kpi.name[lang], unit: data.kpi.unit })}</caption>
              <thead><tr><th scope="col">{t(`dashboard.breakdown.${query.breakdown}`)}</th>{data.kpi.matrix.years.map((y) => <th scope="col">{String(y)}</th>)}</tr></thead>
              <tbody>{data.kpi.matrix.keys.map((k) => <tr><th scope="row">{labelOf(k)}</th>{data.kpi!.matrix.years.map((y) => <td>{num(data.kpi!.matrix.values[k]![y] ?? null)}</td>)}</tr>)}</tbody>
            </table>
          </div>,
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

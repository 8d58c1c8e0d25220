import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, Pagination, ScrollTable } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { PROVINCES, SUBSECTORS } from '../constants.js';
import type { Comparison, KpiRecord, KpiSummaryItem, MeasurementRecord } from '../queries.js';
import type { HistoryEntry } from '../../../plugins/audit.js';
import type { ChartModel } from './chart.js';
import { formatDate, formatNumber, formatValue, Notice, provinceName, StatusBadge, subsectorName, unitLabel } from './parts.js';
import { changedFields, HistoryTable } from '../../../web/history.js';

export interface KpiDetailProps {
  ctx: ViewContext; catalog: Catalog; kpi: KpiRecord; summary: KpiSummaryItem; chart: ChartModel; comparison: Comparison;
  breakdown: { subsector: string; province: string };
  measurements: { items: MeasurementRecord[]; total: number; page: number; pages: number };
  history: HistoryEntry[] | null; notice?: string | undefined;
}

export function KpiDetailPage(p: KpiDetailProps) {
  const { ctx, catalog, kpi, summary, chart, comparison, breakdown, measurements } = p;
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  const owner = kpi.ownerActorId !== null ? catalog.actors.get(kpi.ownerActorId) : undefined;
  const instruments = kpi.instrumentIds.map((id) => catalog.instruments.get(id)).filter((i) => i !== undefined);
  const value = (v: number | null | undefined) => formatValue(t, lang, v, kpi.unit);
  const canEnter = !kpi.retired && can(principal, 'monitoring.enterMeasurements');
  const breakdownLabel = `${subsectorName(catalog, t, lang, breakdown.subsector)}, ${provinceName(t, breakdown.province)}`;
  const breakdownQuery = new URLSearchParams({ ...(breakdown.subsector ? { subsector: breakdown.subsector } : {}), ...(breakdown.province ? { province: breakdown.province } : {}) });
  return (
    <Layout ctx={ctx} title={kpi.name[lang]} crumbs={[[t('monitoring.title'), '/kpis']]}
      scripts={['/static/vendor/echarts/echarts.min.js', '/static/js/kpi-chart.js']}>
      <h1>{kpi.name[lang]} <DemoBadge t={t} isDemo={kpi.isDemo} /></h1>
      <Notice t={t} notice={p.notice} />
      {kpi.retired ? <div class="notice"><p>{t('monitoring.retiredNotice')}</p></div> : null}
      <p class="lead">{kpi.definition[lang]}</p>
      <dl class="facts">
        <dt>{t('monitoring.code')}</dt><dd><code>{kpi.code}</code></dd>
        <dt>{t('monitoring.unit')}</dt><dd>{unitLabel(t, kpi.unit)}</dd>
        <dt>{t('monitoring.direction')}</dt><dd>{t(`monitoring.direction.${kpi.direction}`)}</dd>
        <dt>{t('monitoring.frequency')}</dt><dd>{t(`monitoring.frequency.${kpi.frequency}`)}</dd>
        <dt>{t('monitoring.owner')}</dt><dd>{owner ? <a href={`/actors/${owner.code}`}>{owner.name}</a> : '—'}</dd>
        <dt>{t('monitoring.instruments')}</dt>
        <dd>{instruments.length ? instruments.map((i, n) => [n ? ', ' : '', <a href={`/instruments/${i.code}`}>{i.name[lang]}</a>]) : '—'}</dd>
        <dt>{t('monitoring.actionLines')}</dt>
        <dd>{kpi.actionLines.length ? kpi.actionLines.map((l, n) => [n ? ', ' : '', <a href={`/action-lines/${l.code}`}>{l.title[lang]}</a>]) : '—'}</dd>
        <dt>{t('source.label')}</dt><dd>{kpi.source || '—'}</dd>
      </dl>

      <h2>{t('monitoring.standingTitle', { year: summary.year })}</h2>
      <dl class="facts">
        <dt>{t('monitoring.baseline')}</dt><dd>{kpi.baseline ? `${value(kpi.baseline.value)} (${formatDate(lang, kpi.baseline.date)})` : t('monitoring.noBaseline')}</dd>
        <dt>{t('monitoring.latest')}</dt><dd>{summary.latest ? `${value(summary.latest.value)} (${summary.latest.period})` : t('monitoring.noMeasurement')}</dd>
        <dt>{t('monitoring.target')}</dt><dd>{summary.target ? `${value(summary.target.value)} (${summary.target.year})` : t('monitoring.noTarget')}</dd>
        <dt>{t('monitoring.standing')}</dt><dd><StatusBadge t={t} status={summary.status} /></dd>
      </dl>
      <p class="hint">{t('monitoring.statusRule')}</p>

      <h2>{t('monitoring.targets')}</h2>
      {kpi.targets.length === 0 ? <p>{t('monitoring.noTargets')}</p> : (
        <ScrollTable caption={t('monitoring.targets')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('monitoring.year')}</th><th scope="col">{t('monitoring.target')}</th></tr></thead>
          <tbody>{kpi.targets.map((tg) => <tr><th scope="row">{String(tg.year)}</th><td>{value(tg.value)}</td></tr>)}</tbody>
        </ScrollTable>
      )}

      <h2 id="trend">{t('monitoring.trend')}</h2>
      <form method="get" action={`/kpis/${kpi.code}#trend`} class="filters" aria-label={t('monitoring.breakdown')}>
        <div>
          <label for="filter-subsector">{t('monitoring.subsector')}</label>
          <select id="filter-subsector" name="subsector">
            <option value="">{t('monitoring.total.subsectors')}</option>
            {SUBSECTORS.map((c) => <option value={c} selected={breakdown.subsector === c}>{subsectorName(catalog, t, lang, c)}</option>)}
          </select>
        </div>
        <div>
          <label for="filter-province">{t('monitoring.province')}</label>
          <select id="filter-province" name="province">
            <option value="">{t('monitoring.total.provinces')}</option>
            {PROVINCES.map((c) => <option value={c} selected={breakdown.province === c}>{provinceName(t, c)}</option>)}
          </select>
        </div>
        <div><button type="submit" class="button">{t('monitoring.show')}</button></div>
      </form>
      <p>{t('monitoring.showing', { breakdown: breakdownLabel })}</p>
      {chart.categories.length === 0 ? <p>{t('monitoring.noMeasurementsHere')}</p> : [
        <figure class="kpi-figure">
          <div class="kpi-chart" data-kpi-chart={JSON.stringify(chart)} aria-hidden="true"></div>
          <figcaption class="hint">{t('monitoring.chartCaption')}</figcaption>
        </figure>,
        <ScrollTable caption={t('monitoring.chartTable', { breakdown: breakdownLabel })} class="data-table">
          <thead><tr><th scope="col">{t('monitoring.period')}</th><th scope="col">{t('monitoring.measured')}</th><th scope="col">{t('monitoring.target')}</th></tr></thead>
          <tbody>
            {chart.categories.map((c, i) => (
              <tr><th scope="row">{c}</th><td>{value(chart.measured[i])}</td><td>{value(chart.target[i])}</td></tr>
            ))}
          </tbody>
        </ScrollTable>,
      ]}

      <h2>{t('monitoring.comparison')}</h2>
      <p class="hint">{t('monitoring.comparisonHint')}</p>
      <ComparisonTable ctx={ctx} caption={t('monitoring.bySubsector')} head={t('monitoring.subsector')} years={comparison.years}
        rows={comparison.bySubsector.map((r) => [subsectorName(catalog, t, lang, r.code), r.values])} format={(v) => formatNumber(lang, v)} />
      <ComparisonTable ctx={ctx} caption={t('monitoring.byProvince')} head={t('monitoring.province')} years={comparison.years}
        rows={comparison.byProvince.map((r) => [provinceName(t, r.code), r.values])} format={(v) => formatNumber(lang, v)} />

      <h2 id="measurements">{t('monitoring.measurements')}</h2>
      <p>{t('monitoring.measurementsCount', { count: measurements.total, breakdown: breakdownLabel })}</p>
      {measurements.items.length ? (
        <ScrollTable caption={t('monitoring.measurements')} class="data-table" captionClass="visually-hidden">
          <thead>
            <tr>
              <th scope="col">{t('monitoring.period')}</th><th scope="col">{t('monitoring.value')}</th>
              <th scope="col">{t('monitoring.confidence')}</th><th scope="col">{t('source.label')}</th><th scope="col">{t('monitoring.note')}</th>
              {canEnter ? <th scope="col">{t('monitoring.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {measurements.items.map((m) => (
              <tr>
                <th scope="row">{m.period}</th>
                <td>{value(m.value)}</td>
                <td>{t(`monitoring.confidence.${m.confidence}`)}</td>
                <td>{m.source || '—'}</td>
                <td>{m.note || '—'}</td>
                {canEnter ? (
                  <td>
                    <a href={`/kpis/${kpi.code}/measurements/new?${new URLSearchParams({ period: m.period, subsector: m.subsector, province: m.province }).toString()}`}>
                      {t('monitoring.changeMeasurement')}<span class="visually-hidden"> {m.period}</span>
                    </a>{' · '}
                    <form method="post" action={`/kpis/${kpi.code}/measurements/${m.id}/delete`} class="inline-form">
                      <Csrf token={ctx.csrfToken} />
                      <button type="submit" class="link-button">{t('monitoring.deleteMeasurement')}<span class="visually-hidden"> {m.period}</span></button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      <Pagination t={t} path={`/kpis/${kpi.code}`} query={Object.fromEntries(breakdownQuery)} page={measurements.page} pages={measurements.pages} />

      <div class="actions">
        {!kpi.retired && can(principal, 'monitoring.editKpis') ? <a class="button" href={`/kpis/${kpi.code}/edit`}>{t('monitoring.edit')}</a> : null}
        {canEnter ? <a class="button button-secondary" href={`/kpis/${kpi.code}/measurements/new`}>{t('monitoring.addMeasurement')}</a> : null}
        {can(principal, 'monitoring.editKpis') ? (
          <form method="post" action={`/kpis/${kpi.code}/${kpi.retired ? 'restore' : 'retire'}`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <input type="hidden" name="version" value={kpi.version} />
            <button type="submit" class={kpi.retired ? 'button button-secondary' : 'button button-danger'}>{t(kpi.retired ? 'monitoring.restore' : 'monitoring.retire')}</button>
          </form>
        ) : null}
        <a href={`/api/kpis/${kpi.code}/measurements.csv`}>{t('monitoring.exportCsv')}</a>
        <a href={`/api/kpis/${kpi.code}/measurements.xlsx`}>{t('monitoring.exportXlsx')}</a>
        <a href={`/api/kpis/${kpi.code}`}>{t('common.asJson')}</a>
      </div>
      <HistoryTable ctx={ctx} entries={p.history} what={(e) => `${t(`history.action.${e.action}`)}${changedFields(e)}`} />
    </Layout>
  );
}

function ComparisonTable({ ctx, caption, head, years, rows, format }: {
  ctx: ViewContext; caption: string; head: string; years: number[]; rows: Array<[string, Array<number | null>]>; format: (v: number | null) => string;
}) {
  if (!rows.length || !years.length) return <p>{caption}: {ctx.t('monitoring.noBreakdown')}</p>;
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead><tr><th scope="col">{head}</th>{years.map((y) => <th scope="col">{String(y)}</th>)}</tr></thead>
      <tbody>{rows.map(([name, values]) => <tr><th scope="row">{name}</th>{values.map((v) => <td>{format(v)}</td>)}</tr>)}</tbody>
    </ScrollTable>
  );
}

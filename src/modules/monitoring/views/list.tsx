import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { KpiSummaryItem } from '../queries.js';
import { formatDate, formatValue, StatusBadge } from './parts.js';

export function KpiListPage({ ctx, items, year, thisYear, status }: {
  ctx: ViewContext; catalog: Catalog; items: KpiSummaryItem[]; year: number; thisYear: number; status: string;
}) {
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  const years: Array<[string, string]> = [];
  for (let y = thisYear + 3; y >= 2018; y--) years.push([String(y), String(y)]);
  return (
    <Layout ctx={ctx} title={t('monitoring.title')}>
      <h1>{t('monitoring.title')}</h1>
      <p class="lead">{t('monitoring.lead')}</p>
      <div class="actions">
        {can(principal, 'monitoring.editKpis') ? <a class="button" href="/kpis/new">{t('monitoring.new')}</a> : null}
        {can(principal, 'monitoring.import') ? <a class="button button-secondary" href="/imports/new">{t('monitoring.import.title')}</a> : null}
        <a href="/api/measurements.csv">{t('monitoring.exportAll')}</a>
        <a href="/api/measurements.xlsx">{t('monitoring.exportAllXlsx')}</a>
      </div>
      <form method="get" action="/kpis" class="filters" aria-label={t('list.filters')}>
        <FilterSelect name="year" label={t('monitoring.year')} value={year === thisYear ? undefined : year} all={t('monitoring.thisYear', { year: thisYear })} options={years} />
        <FilterSelect name="status" label={t('monitoring.kpiStatus')} value={status === 'active' ? undefined : status} all={t('monitoring.kpiStatus.active')}
          options={[['retired', t('monitoring.kpiStatus.retired')], ['all', t('monitoring.kpiStatus.all')]]} />
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="hint">{t('monitoring.statusRule')}</p>
      {items.length === 0 ? <p>{t('monitoring.none')}</p> : (
        <ScrollTable caption={t('monitoring.listCaption', { year })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('monitoring.kpi')}</th>
              <th scope="col">{t('monitoring.baseline')}</th>
              <th scope="col">{t('monitoring.latest')}</th>
              <th scope="col">{t('monitoring.target')}</th>
              <th scope="col">{t('monitoring.standing')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr>
                <th scope="row">
                  <a href={`/kpis/${s.kpi.code}`}>{s.kpi.name[lang]}</a> <DemoBadge t={t} isDemo={s.kpi.isDemo} />
                  {s.kpi.retired ? <span class="badge badge-retired">{t('monitoring.kpiStatus.retired')}</span> : null}
                </th>
                <td>{s.kpi.baseline ? [formatValue(t, lang, s.kpi.baseline.value, s.kpi.unit), <br />, <span class="muted">{formatDate(lang, s.kpi.baseline.date)}</span>] : '—'}</td>
                <td>{s.latest ? [formatValue(t, lang, s.latest.value, s.kpi.unit), <br />, <span class="muted">{s.latest.period}</span>] : '—'}</td>
                <td>{s.target ? [formatValue(t, lang, s.target.value, s.kpi.unit), <br />, <span class="muted">{String(s.target.year)}</span>] : '—'}</td>
                <td><StatusBadge t={t} status={s.status} /></td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </Layout>
  );
}

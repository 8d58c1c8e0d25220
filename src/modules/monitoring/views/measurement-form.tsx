import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { CONFIDENCES, PROVINCES, SUBSECTORS } from '../constants.js';
import type { MeasurementForm } from '../form-mapping.js';
import { periodExample } from '../periods.js';
import type { KpiRecord } from '../queries.js';
import { provinceName, subsectorName, unitLabel } from './parts.js';

export function MeasurementFormPage({ ctx, catalog, kpi, form, errors, replaces }: {
  ctx: ViewContext; catalog: Catalog; kpi: KpiRecord; form: MeasurementForm; errors: FieldError[]; replaces: boolean;
}) {
  const { t, lang } = ctx;
  const title = t('monitoring.addMeasurementTo', { name: kpi.name[lang] });
  const labels: Record<string, string> = {
    period: t('monitoring.period'), value: t('monitoring.valueIn', { unit: unitLabel(t, kpi.unit) }), subsector: t('monitoring.subsector'),
    province: t('monitoring.province'), source: t('source.label'), confidence: t('monitoring.confidence'), note: t('monitoring.note'),
    unit: t('monitoring.unit'), kpi: t('monitoring.kpi'),
  };
  const shown = errors.map((e) => ({ ...e, field: e.field.replace(/^body\./, '') }));
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('monitoring.title'), '/kpis'], [kpi.name[lang], `/kpis/${kpi.code}`]]} api={null}>
      <h1>{title}</h1>
      <p>{t('monitoring.measurementFormLead', { unit: unitLabel(t, kpi.unit), frequency: t(`monitoring.frequency.${kpi.frequency}`) })}</p>
      {replaces ? <div class="notice"><p>{t('monitoring.replacesNotice')}</p></div> : null}
      <ErrorSummary t={t} errors={shown} labels={labels} />
      <form method="post" action={`/kpis/${kpi.code}/measurements`} novalidate>
        <Csrf token={ctx.csrfToken} />
        <TextField t={t} name="period" label={labels.period!} value={form.period} required errors={shown}
          hint={t('monitoring.periodHint', { example: periodExample(kpi.frequency) })} />
        <TextField t={t} name="value" label={labels.value!} value={form.value} required errors={shown} inputmode="decimal" />
        <Select t={t} name="subsector" label={labels.subsector!} value={form.subsector} errors={shown}
          options={[['', t('monitoring.total.subsectors')], ...SUBSECTORS.map((c): [string, string] => [c, subsectorName(catalog, t, lang, c)])]} />
        <Select t={t} name="province" label={labels.province!} value={form.province} errors={shown}
          options={[['', t('monitoring.total.provinces')], ...PROVINCES.map((c): [string, string] => [c, provinceName(t, c)])]} />
        <Select t={t} name="confidence" label={labels.confidence!} value={form.confidence} errors={shown}
          options={CONFIDENCES.map((c) => [c, t(`monitoring.confidence.${c}`)])} />
        <TextField t={t} name="source" label={labels.source!} value={form.source} errors={shown} />
        <TextArea t={t} name="note" label={labels.note!} value={form.note} errors={shown} rows={3} />
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={`/kpis/${kpi.code}`}>{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}

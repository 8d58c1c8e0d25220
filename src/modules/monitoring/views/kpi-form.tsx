import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { Checkboxes } from '../../../web/choices.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { DIRECTIONS, FREQUENCIES } from '../constants.js';
import { targetYears, type KpiForm } from '../form-mapping.js';

/** Beyond this many instruments a list of checkboxes is no longer usable: the form takes codes. */
const INSTRUMENT_CHECKBOX_LIMIT = 150;

export function KpiFormPage({ ctx, catalog, form, errors, mode, stale, actionLines, thisYear }: {
  ctx: ViewContext; catalog: Catalog; form: KpiForm; errors: FieldError[]; mode: 'create' | 'edit';
  stale?: { currentVersion: number } | undefined; actionLines: Array<{ code: string; title_nl: string; title_en: string }>; thisYear: number;
}) {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('monitoring.new') : t('monitoring.editTitle', { name: form[`name_${lang}`] || form.code });
  const years = targetYears(thisYear, form.targets);
  const labels: Record<string, string> = {
    code: t('monitoring.code'), name_nl: t('monitoring.nameNl'), name_en: t('monitoring.nameEn'),
    definition_nl: t('monitoring.definitionNl'), definition_en: t('monitoring.definitionEn'), unit: t('monitoring.unit'),
    direction: t('monitoring.direction'), frequency: t('monitoring.frequency'), source: t('source.label'), owner: t('monitoring.owner'),
    instruments: t('monitoring.instruments'), actionLines: t('monitoring.actionLines'),
    baseline_value: t('monitoring.baselineValue'), baseline_date: t('monitoring.baselineDate'),
    ...Object.fromEntries(years.map((y) => [`target_${y}`, t('monitoring.targetFor', { year: y })])),
    targets: t('monitoring.targets'),
  };
  const actors = [...catalog.actors.values()].filter((a) => !a.retired).sort((a, b) => a.name.localeCompare(b.name, lang));
  const instruments = [...catalog.instruments.values()].filter((i) => !i.retired || form.instruments.includes(i.code))
    .sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  const targetError = errorFor(errors, 'targets');
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('monitoring.title'), '/kpis']]} api={null}>
      <h1>{title}</h1>
      {stale ? (
        <div class="notice notice-error" role="alert" id="stale-notice">
          <p>{t('monitoring.staleNotice', { version: stale.currentVersion })}</p>
          <p><a href={`/kpis/${form.code}`} target="_blank" rel="noopener">{t('monitoring.staleCompare')}</a></p>
        </div>
      ) : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={mode === 'create' ? '/kpis' : `/kpis/${form.code}`} novalidate data-draft={`kpi:${form.code || 'new'}`} data-draft-version={form.version}>
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        {mode === 'create' ? <TextField t={t} name="code" label={labels.code!} value={form.code} required errors={errors} hint={t('monitoring.codeHint')} /> : null}
        <TextField t={t} name="name_nl" label={labels.name_nl!} value={form.name_nl} required errors={errors} lang="nl" />
        <TextField t={t} name="name_en" label={labels.name_en!} value={form.name_en} required errors={errors} lang="en" />
        <TextArea t={t} name="definition_nl" label={labels.definition_nl!} value={form.definition_nl} required errors={errors} lang="nl" hint={t('monitoring.definitionHint')} />
        <TextArea t={t} name="definition_en" label={labels.definition_en!} value={form.definition_en} required errors={errors} lang="en" />
        <TextField t={t} name="unit" label={labels.unit!} value={form.unit} required errors={errors} hint={t('monitoring.unitHint')} />
        <Select t={t} name="direction" label={labels.direction!} value={form.direction} required errors={errors}
          options={DIRECTIONS.map((d) => [d, t(`monitoring.direction.${d}`)])} />
        <Select t={t} name="frequency" label={labels.frequency!} value={form.frequency} required errors={errors} hint={t('monitoring.frequencyHint')}
          options={FREQUENCIES.map((f) => [f, t(`monitoring.frequency.${f}`)])} />
        <TextField t={t} name="source" label={labels.source!} value={form.source} errors={errors} hint={t('monitoring.sourceHint')} />
        <Select t={t} name="owner" label={labels.owner!} value={form.owner} errors={errors} empty={t('form.none')} options={actors.map((a) => [a.code, a.name])} />
        <fieldset id="f-baseline">
          <legend>{t('monitoring.baseline')}</legend>
          <p class="hint">{t('monitoring.baselineHint')}</p>
          <TextField t={t} name="baseline_value" label={labels.baseline_value!} value={form.baseline_value} errors={errors} inputmode="decimal" />
          <TextField t={t} name="baseline_date" label={labels.baseline_date!} value={form.baseline_date} errors={errors} type="date" />
        </fieldset>
        <fieldset id="f-targets">
          <legend>{t('monitoring.targets')}</legend>
          <p class="hint">{t('monitoring.targetsHint')}</p>
          {targetError ? <p class="error-text">{fieldMessage(t, targetError)}</p> : null}
          {years.map((y) => <TextField t={t} name={`target_${y}`} label={labels[`target_${y}`]!} value={form.targets[y] ?? ''} errors={errors} inputmode="decimal" />)}
        </fieldset>
        {instruments.length <= INSTRUMENT_CHECKBOX_LIMIT ? (
          <Checkboxes t={t} name="instruments" legend={labels.instruments!} errors={errors} checked={form.instruments}
            options={instruments.map((i): [string, string] => [i.code, i.name[lang]])} />
        ) : (
          <TextField t={t} name="instruments" label={labels.instruments!} value={form.instruments.join(' ')} errors={errors} hint={t('monitoring.codesHint')} />
        )}
        <Checkboxes t={t} name="actionLines" legend={labels.actionLines!} errors={errors} checked={form.actionLines}
          hint={actionLines.length === 0 ? t('monitoring.noActionLines') : undefined}
          options={actionLines.map((l): [string, string] => [l.code, `${l.code} ${lang === 'en' ? l.title_en : l.title_nl}`])} />
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={mode === 'create' ? '/kpis' : `/kpis/${form.code}`}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
  );
}

import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextArea, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { LESSON_LANGUAGES, LESSON_OUTCOMES } from '../constants.js';
import { list, val, type Form } from '../form-input.js';
import { Checkbox, Checkboxes, FormShell, Radios } from './parts.js';

export interface LessonFormOptions {
  organisations: Array<{ id: number; name: string }>;
  dimensions: Array<{ code: string; name: { nl: string; en: string } }>;
}

/**
 * One form for every lesson: of a project, of an organisation's own experiment, or an edit. What
 * failed is asked as plainly as what worked; the consent for details is its own, explained choice.
 */
export function LessonFormPage({ ctx, catalog, options, form, errors, stale, title, crumbs, action, cancel, draft, lead }: {
  ctx: ViewContext; catalog: Catalog; options: LessonFormOptions; form: Form; errors: FieldError[]; stale?: boolean;
  title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; lead: string;
}): Html {
  const { t, lang } = ctx;
  const labels: Record<string, string> = {
    organisationId: t('lessons.field.organisation'), title: t('lessons.field.title'), summary: t('lessons.field.summary'),
    whatWorked: t('lessons.field.whatWorked'), whatFailed: t('lessons.field.whatFailed'), details: t('lessons.field.details'),
    publishDetails: t('lessons.field.publishDetails'), language: t('lessons.field.language'), outcome: t('lessons.field.outcome'),
    pillars: t('lessons.field.pillars'), challenges: t('lessons.field.challenges'), dimensions: t('lessons.field.dimensions'),
    subsectors: t('lessons.field.subsectors'), technologies: t('lessons.field.technologies'),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={crumbs} action={action} cancel={cancel} draft={draft} version={val(form, 'version')}
      errors={errors} labels={labels} stale={stale} lead={lead}>
      {options.organisations.length > 0 ? (
        <Select t={t} name="organisationId" label={labels.organisationId!} value={val(form, 'organisationId')} errors={errors} required
          options={options.organisations.map((o) => [String(o.id), o.name])} hint={t('lessons.form.organisationHint')} />
      ) : null}
      <TextField t={t} name="title" label={labels.title!} value={val(form, 'title')} errors={errors} required />
      <TextArea t={t} name="summary" label={labels.summary!} value={val(form, 'summary')} errors={errors} required rows={3} hint={t('lessons.form.summaryHint')} />
      <TextArea t={t} name="whatWorked" label={labels.whatWorked!} value={val(form, 'whatWorked')} errors={errors} required rows={6} hint={t('lessons.form.whatWorkedHint')} />
      <TextArea t={t} name="whatFailed" label={labels.whatFailed!} value={val(form, 'whatFailed')} errors={errors} required rows={6} hint={t('lessons.form.whatFailedHint')} />
      <Radios t={t} name="outcome" legend={labels.outcome!} value={val(form, 'outcome') || 'mixed'} errors={errors}
        options={LESSON_OUTCOMES.map((o) => [o, t(`lessons.outcome.${o}`)])} />
      <TextArea t={t} name="details" label={labels.details!} value={val(form, 'details')} errors={errors} rows={8} hint={t('lessons.form.detailsHint')} />
      <Checkbox t={t} name="publishDetails" label={labels.publishDetails!} checked={val(form, 'publishDetails') === 'yes'} errors={errors} hint={t('lessons.form.consentHint')} />
      <Radios t={t} name="language" legend={labels.language!} value={val(form, 'language') || 'nl'} errors={errors}
        options={LESSON_LANGUAGES.map((l) => [l, t(`lessons.language.${l}`)])} />
      <Checkboxes t={t} name="pillars" legend={labels.pillars!} options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} checked={list(form, 'pillars')} errors={errors} />
      <Checkboxes t={t} name="challenges" legend={labels.challenges!} options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} checked={list(form, 'challenges')} errors={errors} />
      <Checkboxes t={t} name="dimensions" legend={labels.dimensions!} hint={t('lessons.form.dimensionsHint')} options={options.dimensions.map((d) => [d.code, d.name[lang]])} checked={list(form, 'dimensions')} errors={errors} />
      <Checkboxes t={t} name="subsectors" legend={labels.subsectors!} options={catalog.subsectors.map((s) => [s.code, s.name[lang]])} checked={list(form, 'subsectors')} errors={errors} />
      <TextField t={t} name="technologies" label={labels.technologies!} value={val(form, 'technologies')} errors={errors} hint={t('lessons.form.technologiesHint')} />
    </FormShell>
  );
}

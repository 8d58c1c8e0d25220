import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { errorFor, fieldMessage, Select, TextArea, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { SUBJECT_ROWS, type Form } from '../form-mapping.js';
import { DOCUMENT_TYPES, LIMITS, SUBJECT_TYPES } from '../schemas.js';
import { FormShell } from './parts.js';

/** A decision and what it is about: each subject is a type and the code (or number) of the record. */
export function DecisionFormPage({ ctx, form, errors, mode, action, cancel, crumbs, context, stale, problem }: {
  ctx: ViewContext; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; action: string; cancel: string; crumbs: Array<[string, string]>;
  context: string; stale?: { currentVersion: number } | undefined; problem?: string | undefined;
}) {
  const { t } = ctx;
  const labels: Record<string, string> = {
    title_nl: t('gov.decision.titleNl'), title_en: t('gov.decision.titleEn'), text_nl: t('gov.decision.textNl'), text_en: t('gov.decision.textEn'),
    decidedOn: t('gov.decision.decidedOn'), subjects: t('gov.decision.about'),
    motivation_nl: t('gov.field.motivation_nl'), motivation_en: t('gov.field.motivation_en'), inForceOn: t('gov.field.inForceOn'), documentType: t('gov.field.documentType'),
  };
  const filled = Array.from({ length: LIMITS.subjects }, (_, i) => i).filter((i) => form[`subject_type_${i}`] || form[`subject_ref_${i}`]);
  const rows = Math.min(LIMITS.subjects, Math.max(SUBJECT_ROWS, (filled.at(-1) ?? -1) + 2));
  for (let i = 0; i < rows; i++) {
    labels[`subject_type_${i}`] = t('gov.subject.typeN', { n: i + 1 });
    labels[`subject_ref_${i}`] = t('gov.subject.refN', { n: i + 1 });
  }
  const code = form.code ?? '';
  return (
    <FormShell ctx={ctx} title={mode === 'create' ? t('gov.decision.record') : t('gov.decision.editTitle', { code })} crumbs={crumbs} action={action} cancel={cancel}
      draftKey={mode === 'create' ? `decision:new:${context}` : `decision:${code}`} version={mode === 'edit' ? form.version : undefined}
      errors={errors} labels={labels} stale={stale ? { ...stale, href: cancel } : undefined} lead={mode === 'create' ? t('gov.decision.formLead') : undefined} problem={problem}>
      <TextField t={t} name="title_nl" label={labels.title_nl!} value={form.title_nl} required errors={errors} lang="nl" />
      <TextField t={t} name="title_en" label={labels.title_en!} value={form.title_en} required errors={errors} lang="en" />
      <TextArea t={t} name="text_nl" label={labels.text_nl!} value={form.text_nl} errors={errors} lang="nl" />
      <TextArea t={t} name="text_en" label={labels.text_en!} value={form.text_en} errors={errors} lang="en" />
      <TextField t={t} name="decidedOn" type="date" label={labels.decidedOn!} value={form.decidedOn} errors={errors} hint={t('gov.decision.decidedOnHint')} />
      <fieldset>
        <legend>{t('gov.legalHint')}</legend>
        <TextArea t={t} name="motivation_nl" label={labels.motivation_nl!} value={form.motivation_nl} errors={errors} lang="nl" rows={3} />
        <TextArea t={t} name="motivation_en" label={labels.motivation_en!} value={form.motivation_en} errors={errors} lang="en" rows={3} />
        <TextField t={t} name="inForceOn" type="date" label={labels.inForceOn!} value={form.inForceOn} errors={errors} />
        <Select t={t} name="documentType" label={labels.documentType!} value={form.documentType} errors={errors} empty={t('form.choose')}
          options={DOCUMENT_TYPES.map((d) => [d, t(`gov.documentType.${d}`)])} />
      </fieldset>
      <fieldset id="f-subjects" aria-describedby="subjects-hint">
        <legend>{labels.subjects}</legend>
        <p class="hint" id="subjects-hint">{t('gov.subject.hint')}</p>
        {Array.from({ length: rows }, (_, i) => {
          const typeName = `subject_type_${i}`;
          const refName = `subject_ref_${i}`;
          const typeError = errorFor(errors, typeName);
          return (
            <div class="subject-row">
              <div class={typeError ? 'field field-error' : 'field'}>
                <label for={`f-${typeName}`}>{labels[typeName]}</label>
                {typeError ? <p class="error-text" id={`f-${typeName}-error`}>{fieldMessage(t, typeError)}</p> : null}
                <select id={`f-${typeName}`} name={typeName} aria-invalid={typeError ? 'true' : undefined} aria-describedby={typeError ? `f-${typeName}-error` : undefined}>
                  <option value="">{t('form.none')}</option>
                  {SUBJECT_TYPES.map((s) => <option value={s} selected={form[typeName] === s}>{t(`gov.subject.${s}`)}</option>)}
                </select>
              </div>
              <TextField t={t} name={refName} label={labels[refName]!} value={form[refName]} errors={errors} />
            </div>
          );
        })}
      </fieldset>
    </FormShell>
  );
}

import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { TextArea, TextField } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { val, type Form } from '../form-mapping.js';
import { StaleNotice } from './parts.js';
import { DraftFormPage } from '../../../web/draft-form.js';

// The module's forms take their choice groups from the shared ones.
export { Checkboxes, Radios } from '../../../web/choices.js';

/** The frame every form of the module shares: title, conflict notice, error summary, CSRF, version, draft. */
export function FormShell({ ctx, title, crumbs, action, cancel, draft, form, errors, labels, stale, current, submit, lead, children }: {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; form: Form;
  errors: FieldError[]; labels: Record<string, string>; stale?: { currentVersion: number } | undefined; current: string; submit?: string; lead?: string; children?: Children;
}): Html {
  const { t } = ctx;
  return (
    <DraftFormPage ctx={ctx} title={title} crumbs={crumbs} lead={lead} action={action} cancel={cancel} draft={draft} submit={submit}
      version={{ name: 'version', value: val(form, 'version') }} errors={errors} labels={{ form: t('vision.form.label'), body: t('vision.form.label'), ...labels }}
      notices={<StaleNotice t={t} stale={stale} href={current} />}>
      {children}
    </DraftFormPage>
  );
}

/** One field in Dutch and in English. */
export function Bilingual({ t, name, label, form, errors, required, area, rows, hint }: {
  t: Translate; name: string; label: string; form: Form; errors: FieldError[]; required?: boolean; area?: boolean; rows?: number; hint?: string;
}): Html {
  return (
    <div>
      {area
        ? [<TextArea t={t} name={`${name}_nl`} label={`${label} (${t('vision.inDutch')})`} value={val(form, `${name}_nl`)} required={required} errors={errors} lang="nl" rows={rows ?? 6} hint={hint} />,
          <TextArea t={t} name={`${name}_en`} label={`${label} (${t('vision.inEnglish')})`} value={val(form, `${name}_en`)} required={required} errors={errors} lang="en" rows={rows ?? 6} />]
        : [<TextField t={t} name={`${name}_nl`} label={`${label} (${t('vision.inDutch')})`} value={val(form, `${name}_nl`)} required={required} errors={errors} lang="nl" hint={hint} />,
          <TextField t={t} name={`${name}_en`} label={`${label} (${t('vision.inEnglish')})`} value={val(form, `${name}_en`)} required={required} errors={errors} lang="en" />]}
    </div>
  );
}

export function bilingualLabels(t: Translate, name: string, label: string): Record<string, string> {
  return { [name]: label, [`${name}_nl`]: `${label} (${t('vision.inDutch')})`, [`${name}_en`]: `${label} (${t('vision.inEnglish')})` };
}


import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { TextArea, TextField } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { val, type Form } from '../form-mapping.js';
import { ConflictNotice, DraftFormPage } from '../../../web/draft-form.js';

// The module's forms take their choice groups from the shared ones.
export { Checkboxes, Radios } from '../../../web/choices.js';

/** The frame every form of the module shares: title, conflict notice, error summary, CSRF, version, draft. */
export function FormShell({ ctx, title, crumbs, action, cancel, draft, form, errors, labels, stale, current, lead, children }: {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; form: Form;
  errors: FieldError[]; labels: Record<string, string>; stale?: { currentVersion: number } | undefined; current: string; lead?: string; children?: Children;
}): Html {
  const { t } = ctx;
  return (
    <DraftFormPage ctx={ctx} title={title} crumbs={crumbs} lead={lead} action={action} cancel={cancel} draft={draft}
      version={{ name: 'version', value: val(form, 'version') }} errors={errors} labels={{ form: t('knowledge.form.label'), body: t('knowledge.form.label'), ...labels }}
      notices={stale ? <ConflictNotice message={t('knowledge.staleNotice', { version: stale.currentVersion })} compare={t('knowledge.staleCompare')} href={current} /> : null}>
      {children}
    </DraftFormPage>
  );
}

/** One field in Dutch and in English. */
export function Bilingual({ t, name, label, form, errors, required, area, rows }: {
  t: Translate; name: string; label: string; form: Form; errors: FieldError[]; required?: boolean; area?: boolean; rows?: number;
}): Html {
  const Field = area ? TextArea : TextField;
  return (
    <div>
      <Field t={t} name={`${name}_nl`} label={`${label} (${t('knowledge.inDutch')})`} value={val(form, `${name}_nl`)} required={required} errors={errors} lang="nl" rows={rows ?? 5} />
      <Field t={t} name={`${name}_en`} label={`${label} (${t('knowledge.inEnglish')})`} value={val(form, `${name}_en`)} required={required} errors={errors} lang="en" rows={rows ?? 5} />
    </div>
  );
}

export function bilingualLabels(t: Translate, name: string, label: string): Record<string, string> {
  return { [name]: label, [`${name}_nl`]: `${label} (${t('knowledge.inDutch')})`, [`${name}_en`]: `${label} (${t('knowledge.inEnglish')})` };
}

/** A single yes/no checkbox that posts "true" when ticked. */
export function Toggle({ name, label, checked }: { name: string; label: string; checked: boolean }): Html {
  return (
    <div class="checkbox-row">
      <input type="checkbox" id={`f-${name}`} name={name} value="true" checked={checked} />
      <label for={`f-${name}`}>{label}</label>
    </div>
  );
}

import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextArea, TextField } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { val, type Form } from '../form-mapping.js';

// The module's forms take their choice groups from the shared ones.
export { Checkboxes, Radios } from '../../../web/choices.js';

/** The frame every form of the module shares: title, conflict notice, error summary, CSRF, version, draft. */
export function FormShell({ ctx, title, crumbs, action, cancel, draft, form, errors, labels, stale, current, lead, children }: {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; form: Form;
  errors: FieldError[]; labels: Record<string, string>; stale?: { currentVersion: number } | undefined; current: string; lead?: string; children?: Children;
}): Html {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs} api={null}>
      <h1>{title}</h1>
      {lead ? <p class="lead">{lead}</p> : null}
      {stale ? (
        <div class="notice notice-error" role="alert" id="stale-notice">
          <p>{t('knowledge.staleNotice', { version: stale.currentVersion })}</p>
          <p><a href={current} target="_blank" rel="noopener">{t('knowledge.staleCompare')}</a></p>
        </div>
      ) : null}
      <ErrorSummary t={t} errors={errors} labels={{ form: t('knowledge.form.label'), body: t('knowledge.form.label'), ...labels }} />
      <form method="post" action={action} novalidate data-draft={draft} data-draft-version={val(form, 'version')} id="f-form" tabindex="-1">
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={val(form, 'version')} />
        {children}
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={cancel}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
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

import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
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

/** A single yes/no checkbox that posts "true" when ticked. */
export function Toggle({ name, label, checked }: { name: string; label: string; checked: boolean }): Html {
  return (
    <div class="checkbox-row">
      <input type="checkbox" id={`f-${name}`} name={name} value="true" checked={checked} />
      <label for={`f-${name}`}>{label}</label>
    </div>
  );
}

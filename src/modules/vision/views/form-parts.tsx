import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
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


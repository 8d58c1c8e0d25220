import type { FieldError } from '../plugins/errors.js';
import type { ViewContext } from './context.js';
import { Csrf, ErrorSummary } from './forms.js';
import { h, type Children, Html } from './jsx.js';
import { Layout } from './layout.js';

/**
 * The notice of a conflicting edit: someone saved the record after this form was opened. What
 * was typed stays in the form; the link opens the saved version beside it to compare.
 */
export function ConflictNotice({ message, compare, href, focusable }: { message: string; compare: string; href: string; focusable?: boolean }): Html {
  return (
    <div class="notice notice-error" role="alert" id="stale-notice" tabindex={focusable ? '-1' : undefined}>
      <p>{message}</p>
      <p><a href={href} target="_blank" rel="noopener">{compare}</a></p>
    </div>
  );
}

export interface DraftFormProps {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; lead?: string | undefined;
  /** Notices above the form: a conflicting edit, a refusal. */
  notices?: Children;
  errors: FieldError[]; labels: Record<string, string>;
  action: string; cancel: string; submit?: string | undefined; enctype?: string | undefined;
  /** The key under which the browser keeps what is typed (static/draft.js); none: no draft. */
  draft: string | undefined;
  /** The version the form was read at, sent back so that a conflicting edit is detected; none for a new record. */
  version?: { name: string; value: string } | undefined;
  children?: Children;
}

/**
 * A page with one form whose input the browser keeps as a draft while it is typed, so that a
 * reload or a lost connection loses nothing: the title, a lead, the notices, the error summary
 * (whose form-wide errors link to the form itself, #f-form), the fields, save and cancel, and
 * the line where the draft's state is announced.
 */
export function DraftFormPage(p: DraftFormProps): Html {
  const { t } = p.ctx;
  return (
    <Layout ctx={p.ctx} title={p.title} crumbs={p.crumbs} api={null}>
      <h1>{p.title}</h1>
      {p.lead ? <p class="lead">{p.lead}</p> : null}
      {p.notices}
      <ErrorSummary t={t} errors={p.errors} labels={p.labels} />
      <form method="post" action={p.action} novalidate enctype={p.enctype} data-draft={p.draft}
        data-draft-version={p.draft === undefined ? undefined : p.version?.value ?? ''} id="f-form" tabindex="-1">
        <Csrf token={p.ctx.csrfToken} />
        {p.version ? <input type="hidden" name={p.version.name} value={p.version.value} /> : null}
        {p.children}
        <div class="actions">
          <button type="submit" class="button">{p.submit ?? t('form.save')}</button>
          <a href={p.cancel}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
  );
}

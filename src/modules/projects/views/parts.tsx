import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { errorFor, fieldMessage } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { formatDay, formatMoment, formatWholeEuro } from '../../../i18n/formats.js';
import { ConflictNotice, DraftFormPage } from '../../../web/draft-form.js';

// The module's forms take their choice groups from the shared ones.
export { Checkboxes, Radios } from '../../../web/choices.js';

export function money(lang: Lang, value: number): string {
  return formatWholeEuro(lang, value);
}

/** A calendar day for people: "3 maart 2026". */
export const day = (lang: Lang, iso: string): string => formatDay(lang, iso);
export const moment = formatMoment;

export { Day } from '../../../web/day.js';

/** Typed text: blank lines separate paragraphs. Everything is escaped; no markup passes. */
export function Paragraphs({ text, lang }: { text: string; lang?: string | undefined }): Html {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return (
    <div class="prose" lang={lang}>
      {blocks.map((b) => {
        const lines = b.split('\n').map((l) => l.trim()).filter(Boolean);
        return lines.every((l) => l.startsWith('- '))
          ? <ul>{lines.map((l) => <li>{l.slice(2)}</li>)}</ul>
          : <p>{lines.map((l, i) => [i ? <br /> : null, l])}</p>;
      })}
    </div>
  );
}

export function Demo({ t, isDemo }: { t: Translate; isDemo: boolean }): Html {
  return isDemo ? <span class="badge badge-demo">{t('demo.badge')}</span> : new Html('');
}

export function SavedNotice({ t, notice, draftKey }: { t: Translate; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  const key = `projects.saved.${notice}`;
  const text = t(key);
  if (text === key) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{text}</p></div>;
}

/** A refused one-button action (mark done, publish, close): why, in words. */
export function ActionError({ message }: { message: string | undefined }): Html {
  if (!message) return new Html('');
  return <div class="notice notice-error" role="alert" id="action-error" tabindex="-1"><p>{message}</p></div>;
}

/** The frame every form of the module shares: title, error summary, CSRF, version, local draft. */
export function FormShell({ ctx, title, crumbs, action, cancel, draft, version, errors, labels, submit, lead, stale, children }: {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; version: string;
  errors: FieldError[]; labels: Record<string, string>; submit?: string; lead?: string; stale?: boolean; children?: Children;
}): Html {
  const { t } = ctx;
  return (
    <DraftFormPage ctx={ctx} title={title} crumbs={crumbs} lead={lead} action={action} cancel={cancel} draft={draft} submit={submit}
      version={{ name: 'version', value: version }} errors={errors} labels={{ form: t('projects.form.label'), body: t('projects.form.label'), ...labels }}
      notices={stale ? <ConflictNotice message={t('projects.staleNotice')} compare={t('projects.staleCompare')} href={cancel} /> : null}>
      {children}
    </DraftFormPage>
  );
}

/** One checkbox with its own label (a consent, a yes/no). */
export function Checkbox({ t, name, label, hint, checked, errors }: { t: Translate; name: string; label: string; hint?: string; checked: boolean; errors: FieldError[] }): Html {
  const error = errorFor(errors, name);
  return (
    <div class={error ? 'field field-error' : 'field'}>
      {error ? <p class="error-text" id={`f-${name}-error`}>{fieldMessage(t, error)}</p> : null}
      <div class="checkbox-row">
        <input type="checkbox" id={`f-${name}`} name={name} value="yes" checked={checked} aria-describedby={hint ? `f-${name}-hint` : undefined} />
        <label for={`f-${name}`}>{label}</label>
      </div>
      {hint ? <p class="hint" id={`f-${name}-hint`}>{hint}</p> : null}
    </div>
  );
}

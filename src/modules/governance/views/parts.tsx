import type { Bilingual } from '../../../catalog/types.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, errorFor, fieldMessage } from '../../../web/forms.js';
import { h, Html, type Children } from '../../../web/jsx.js';
import type { HistoryEntry } from '../../../plugins/audit.js';
import { formatDateTime } from '../time.js';
import { ConflictNotice, DraftFormPage } from '../../../web/draft-form.js';
import { changedFields, HistoryTable } from '../../../web/history.js';

export function StatusBadge({ t, status }: { t: Translate; status: string }): Html {
  return <span class={`badge ${status === 'published' ? 'badge-covered' : status === 'approved' ? 'badge-weak' : 'badge-retired'}`}>{t(`gov.status.${status}`)}</span>;
}

export function ProposalBadge({ t, isProposal }: { t: Translate; isProposal: boolean }): Html {
  return isProposal ? <span class="badge">{t('gov.proposal.badge')}</span> : new Html('');
}

/** Says plainly that a record is what the study proposes, and where the study says it. */
export function ProposalNotice({ t, source }: { t: Translate; source: string | null }): Html {
  return (
    <div class="notice">
      <p>{t('gov.proposal.notice')} <a href="/recommendations/R1.3">{t('gov.proposal.link')}</a></p>
      {source ? <p>{t('source.label')}: <span lang="nl">{source}</span></p> : null}
    </div>
  );
}

export const meetingTitle = (ctx: ViewContext, bodyName: Bilingual | string, startsAt: Date | string) =>
  `${typeof bodyName === 'string' ? bodyName : bodyName[ctx.lang]}, ${formatDateTime(startsAt, ctx.lang)}`;

/** The confirmation after a save; its data-draft-saved clears the saved form's local draft. */
export function SavedNotice({ t, scope, notice, draftKey }: { t: Translate; scope: 'body' | 'meeting' | 'decision'; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{t(`gov.saved.${scope}.${notice}`)}</p></div>;
}

/** A confirmation key from ?saved=, only when it is one of ours. */
export function savedFrom(query: unknown, allowed: readonly string[]): string | undefined {
  const saved = (query as Record<string, unknown> | undefined)?.saved;
  return typeof saved === 'string' && allowed.includes(saved) ? saved : undefined;
}

/** A one-button form for a workflow step (approve, publish, refresh, prepare). */
export function StepButton({ ctx, action, label, fields, secondary }: { ctx: ViewContext; action: string; label: string; fields: Record<string, string | number>; secondary?: boolean }): Html {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf token={ctx.csrfToken} />
      {Object.entries(fields).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button type="submit" class={secondary ? 'button button-secondary' : 'button'}>{label}</button>
    </form>
  );
}

export function Checkbox({ t, name, label, checked, value, hint, errors }: { t: Translate; name: string; label: string; checked: boolean; value?: string; hint?: string; errors?: FieldError[] }): Html {
  const id = `f-${name}${value ? `-${value}` : ''}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  const error = errorFor(errors, name);
  return (
    <div class="checkbox-row">
      <input type="checkbox" id={id} name={name} value={value ?? 'true'} checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label for={id}>{label}</label>
      {hint ? <span class="hint" id={`${id}-hint`}> {hint}</span> : null}
      {error ? <p class="error-text">{fieldMessage(t, error)}</p> : null}
    </div>
  );
}

/** A decision's or a meeting's history; their statuses have their own words (`gov.status`, `gov.meetingStatus`). */
export function GovernanceHistory({ ctx, history, statuses }: { ctx: ViewContext; history: HistoryEntry[] | null; statuses: 'gov.status' | 'gov.meetingStatus' }): Html {
  return <HistoryTable ctx={ctx} entries={history} what={(e) => `${ctx.t(`history.action.${e.action}`)}${changes(ctx.t, e, statuses)}`} />;
}

/** Names what an update changed: a status step in words, other fields by name. */
function changes(t: Translate, e: HistoryEntry, statuses: string): string {
  const before = e.before as Record<string, unknown> | null;
  const after = e.after as Record<string, unknown> | null;
  if (e.action === 'update' && before && after && before.status !== after.status && typeof after.status === 'string') return `: ${t(`${statuses}.${after.status}`)}`;
  return changedFields(e);
}

/**
 * API field paths (title.nl, subjects.0.code) as the flat names of the form fields (title_nl,
 * subject_ref_0); this module's own rule codes get their message in the reader's language.
 */
export function flatErrors(t: Translate, errors: FieldError[]): FieldError[] {
  return errors.map((e) => {
    const own = e.code ? t(`gov.validation.${e.code}`) : '';
    const translated = own && own !== `gov.validation.${e.code}` ? { message: own, code: undefined } : {};
    const field = e.field.replace(/^body\./, '')
      .replace(/^(\w+)\.(nl|en)$/, '$1_$2')
      .replace(/^(title|description|text|notes|mandate|name|note)$/, '$1_nl')
      .replace(/^subjects\.(\d+)\.type$/, 'subject_type_$1')
      .replace(/^subjects\.(\d+)(\.(code|id))?$/, 'subject_ref_$1')
      .replace(/^present\.\d+$/, 'present');
    return { ...e, ...translated, field };
  });
}

export interface FormShellProps {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draftKey: string; version?: string | number;
  errors: FieldError[]; labels: Record<string, string>; stale?: { currentVersion: number; href: string } | undefined; lead?: string | undefined;
  /** A refusal that concerns the whole form rather than one field, already in the reader's language. */
  problem?: string | undefined; children?: Children;
}

/** Every form page: title, conflict notice, error summary, CSRF, version, kept draft, save and cancel. */
export function FormShell(p: FormShellProps): Html {
  const { t } = p.ctx;
  return (
    <DraftFormPage ctx={p.ctx} title={p.title} crumbs={p.crumbs} lead={p.lead} action={p.action} cancel={p.cancel} draft={p.draftKey}
      version={p.version !== undefined ? { name: 'version', value: String(p.version) } : undefined} errors={p.errors} labels={p.labels}
      notices={[
        p.stale ? <ConflictNotice message={t('gov.staleNotice', { version: p.stale.currentVersion })} compare={t('gov.staleCompare')} href={p.stale.href} /> : null,
        p.problem ? <div class="notice notice-error" role="alert" id="problem-notice"><p>{p.problem}</p></div> : null,
      ]}>
      {p.children}
    </DraftFormPage>
  );
}

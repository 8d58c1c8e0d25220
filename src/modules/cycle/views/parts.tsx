import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { HistoryEntry } from '../queries.js';
import { RULE_KEYS } from '../rules.js';
import { formatDay, formatPercent, formatWholeEuro } from '../../../i18n/formats.js';
import type { ViewContext } from '../../../web/context.js';
import { ConflictNotice } from '../../../web/draft-form.js';
import { HistoryTable } from '../../../web/history.js';
import { Day } from '../../../web/day.js';

export function percent(lang: Lang, value: number | null): string {
  if (value === null) return '—';
  return formatPercent(lang, value);
}

export function money(lang: Lang, value: number | null): string {
  if (value === null) return '—';
  return formatWholeEuro(lang, value);
}

/** A date column as it stands, a moment as the day it was in Brussels; '—' for none. */
export function day(lang: Lang, iso: string | null): string {
  return iso ? formatDay(lang, iso, 'short') : '—';
}

export function DateText({ lang, iso }: { lang: Lang; iso: string | null }): Html {
  return <Day lang={lang} iso={iso} month="short" />;
}

/** Progress as a bar and as text; the text carries the meaning, the bar only repeats it. */
export function Progress({ t, lang, value }: { t: Translate; lang: Lang; value: number | null }): Html {
  if (value === null) return <span class="muted">{t('cycle.progress.none')}</span>;
  return (
    <span class="progress-figure">
      <progress max="100" value={String(Math.round(value * 100))} aria-hidden="true"></progress> <strong>{percent(lang, value)}</strong>
    </span>
  );
}

export function ActionStatus({ t, status }: { t: Translate; status: string }): Html {
  const cls = status === 'done' ? 'badge badge-covered' : status === 'stopped' ? 'badge badge-retired' : 'badge';
  return <span class={cls}>{t(`cycle.status.${status}`)}</span>;
}

export function PlanStatus({ t, status }: { t: Translate; status: string }): Html {
  return <span class={status === 'adopted' ? 'badge badge-covered' : 'badge'}>{t(`cycle.planStatus.${status}`)}</span>;
}

export function RiskBadge({ t, atRisk }: { t: Translate; atRisk: boolean }): Html {
  return atRisk ? <span class="badge badge-gap">{t('cycle.atRisk')}</span> : new Html('');
}

export function planName(t: Translate, p: { kind: string; yearFrom: number; yearTo: number }): string {
  return p.kind === 'annual' ? t('cycle.plan.annualN', { year: p.yearFrom }) : t('cycle.plan.multiYearN', { from: p.yearFrom, to: p.yearTo });
}

/** The rules of progress.ts in words, so a reader can check every derived number. */
export function RulesBox({ t }: { t: Translate }): Html {
  return (
    <details class="api-op">
      <summary>{t('cycle.rules.title')}</summary>
      <ul>{RULE_KEYS.map((key) => <li>{t(key)}</li>)}</ul>
    </details>
  );
}

export function SavedNotice({ t, notice, draftKey }: { t: Translate; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{t(notice)}</p></div>;
}

/** The history of a record and its parts (a plan and its actions): each row names the part. */
export function History({ ctx, entries }: { ctx: ViewContext; entries: HistoryEntry[] | null }): Html {
  const { t } = ctx;
  return <HistoryTable ctx={ctx} entries={entries} what={(e) => `${t(`cycle.entity.${e.entityType}`)} ${e.entityId}: ${t(`history.action.${e.action}`)}`} />;
}

/** Shown above a form whose save met someone else's newer save: the user's input is kept below. */
export function StaleNotice({ t, stale, href }: { t: Translate; stale: { currentVersion: number } | undefined; href: string }): Html {
  return stale ? <ConflictNotice message={t('cycle.staleNotice', { version: stale.currentVersion })} compare={t('cycle.staleCompare')} href={href} /> : new Html('');
}

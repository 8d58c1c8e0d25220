import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { HistoryEntry } from '../queries/vision.js';
import { formatDay, formatFigure, formatMoment, formatPercent } from '../../../i18n/formats.js';
import { ConflictNotice } from '../../../web/draft-form.js';
import { HistoryTable } from '../../../web/history.js';
import type { ViewContext } from '../../../web/context.js';

export function percent(lang: Lang, value: number | null): string {
  if (value === null) return '—';
  return formatPercent(lang, value);
}

export function number(lang: Lang, value: number): string {
  return formatFigure(lang, value);
}

/** A moment in Brussels time, for people: "3 maart 2026, 14:05". */
export const moment = formatMoment;

export const day = (lang: Lang, iso: string): string => formatDay(lang, iso);

export { Moment } from '../../../web/day.js';

/**
 * Texts typed by the team: blank lines separate paragraphs; a block whose lines all start with
 * "- " is a list. Everything is escaped; no markup passes.
 */
export function Paragraphs({ text, lang }: { text: string; lang?: string }): Html {
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

/** Progress as a bar and as text; the text carries the meaning, the bar only repeats it. */
export function Progress({ t, lang, value }: { t: Translate; lang: Lang; value: number | null }): Html {
  if (value === null) return <span class="muted">{t('vision.progress.none')}</span>;
  return (
    <span class="progress-figure">
      <progress max="100" value={String(Math.round(value * 100))} aria-hidden="true"></progress> <strong>{percent(lang, value)}</strong>
    </span>
  );
}

export function SavedNotice({ t, notice, draftKey }: { t: Translate; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{t(notice)}</p></div>;
}

/** A refused one-button action (open a round, endorse, ...): why, in words. */
export function ActionError({ message }: { message: string | undefined }): Html {
  if (!message) return new Html('');
  return <div class="notice notice-error" role="alert" id="action-error" tabindex="-1"><p>{message}</p></div>;
}

/** Shown above a form whose save met someone else's newer save: the user's input is kept below. */
export function StaleNotice({ t, stale, href }: { t: Translate; stale: { currentVersion: number } | undefined; href: string }): Html {
  return stale ? <ConflictNotice message={t('vision.staleNotice', { version: stale.currentVersion })} compare={t('vision.staleCompare')} href={href} /> : new Html('');
}

/** The history of a round, path or scenario and its parts: each row names the part. */
export function History({ ctx, entries }: { ctx: ViewContext; entries: HistoryEntry[] | null }): Html {
  const { t } = ctx;
  return <HistoryTable ctx={ctx} entries={entries} messages="vision.history" what={(e) => `${t(`vision.entity.${e.entityType}`)} ${e.entityId}: ${t(`vision.history.action.${e.action}`)}`} />;
}

/** A problem's message in the reader's language: `vision.error.<code>` when there is one, else the server's text. */
export function errorMessage(t: Translate, code: string, detail: string, params: Record<string, string | number> = {}): string {
  const key = `vision.error.${code}`;
  const text = t(key, params);
  return text === key ? detail : text;
}

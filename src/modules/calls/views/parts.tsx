import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { Texts } from '../commands/shared.js';
import type { CallPhase } from '../constants.js';
import { formatBrussels } from '../tz.js';
import { formatEuro, formatFigure, formatWholeEuro } from '../../../i18n/formats.js';
import { ConflictNotice } from '../../../web/draft-form.js';


export const tr = (texts: Texts, lang: Lang) => texts[lang] || texts.nl;

export function euro(lang: Lang, value: number | null): string {
  if (value === null) return '—';
  // Cents only when there are any.
  return value % 1 ? formatEuro(lang, value) : formatWholeEuro(lang, value);
}

export function number(lang: Lang, value: number): string {
  return formatFigure(lang, value);
}

/** An instant in Brussels time, machine-readable too. */
export function When({ lang, at }: { lang: Lang; at: Date }): Html {
  return <time datetime={at.toISOString()}>{formatBrussels(at, lang)}</time>;
}

/** "Sluit op 15 maart 2027 om 17:00 (Brussel)" and its siblings, by phase. */
export function Deadline({ t, lang, phase, opensAt, closesAt }: { t: Translate; lang: Lang; phase: CallPhase; opensAt: Date; closesAt: Date }): Html {
  if (phase === 'upcoming') return <span>{t('calls.opensOn')} <When lang={lang} at={opensAt} /></span>;
  if (phase === 'closed') return <span>{t('calls.closedOn')} <When lang={lang} at={closesAt} /></span>;
  return <span>{t('calls.closesOn')} <When lang={lang} at={closesAt} /></span>;
}

export function PhaseBadge({ t, phase }: { t: Translate; phase: CallPhase }): Html {
  return <span class={`badge badge-phase-${phase}`}>{t(`calls.phase.${phase}`)}</span>;
}

/** Texts typed by people: blank lines separate paragraphs. Everything is escaped. */
export function Paragraphs({ text, lang }: { text: string; lang?: string | undefined }): Html {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return <div class="prose" lang={lang}>{blocks.map((b) => <p>{b.split('\n').map((l, i) => [i ? <br /> : null, l])}</p>)}</div>;
}

export function SavedNotice({ t, notice, draftKey }: { t: Translate; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{t(notice)}</p></div>;
}

export function ActionError({ message }: { message: string | undefined }): Html {
  if (!message) return new Html('');
  return <div class="notice notice-error" role="alert" id="action-error" tabindex="-1"><p>{message}</p></div>;
}

/** Above a form whose save met someone else's newer save: the user's input is kept below. */
export function StaleNotice({ t, stale, href }: { t: Translate; stale: { currentVersion: number | string } | undefined; href: string }): Html {
  return stale ? <ConflictNotice message={t('calls.staleNotice')} compare={t('calls.staleCompare')} href={href} /> : new Html('');
}

/** A problem's message in the reader's language: `calls.error.<code>` when there is one, else the server's text. */
export function errorMessage(t: Translate, code: string, detail: string, params: Record<string, string | number> = {}): string {
  const key = `calls.error.${code}`;
  const text = t(key, params);
  return text === key ? detail : text;
}

export type { FieldError };

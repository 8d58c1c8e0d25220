import type { Lang, Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import { euro, score } from '../letter.js';
import { formatMoment } from '../../../i18n/formats.js';

export function Money({ lang, amount }: { lang: Lang; amount: number | null }): Html {
  return amount === null ? <span class="muted">—</span> : <span>{euro(lang, amount)}</span>;
}

export function Score({ lang, value }: { lang: Lang; value: number | null }): Html {
  return value === null ? <span class="muted">—</span> : <span>{score(lang, value)}</span>;
}

export const moment = formatMoment;

export function Moment({ lang, iso }: { lang: Lang; iso: string | null }): Html {
  return iso ? <time datetime={iso}>{moment(lang, iso)}</time> : <span class="muted">—</span>;
}

export function StatusBadge({ t, status }: { t: Translate; status: string }): Html {
  return <span class={`badge ${status === 'granted' ? 'badge-covered' : status === 'refused' || status === 'ineligible' ? 'badge-gap' : 'badge-weak'}`}>{t(`review.status.${status}`)}</span>;
}

export function Notice({ t, notice, draftKey }: { t: Translate; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{t(`review.saved.${notice}`)}</p></div>;
}

export function ActionError({ message }: { message: string | undefined }): Html {
  if (!message) return new Html('');
  return <div class="notice notice-error" role="alert"><p>{message}</p></div>;
}

/** Text typed by people: blank lines separate paragraphs; everything is escaped. */
export function Paragraphs({ text }: { text: string }): Html {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return <div class="prose">{blocks.map((b) => <p>{b.split('\n').map((l, i) => [i ? <br /> : null, l])}</p>)}</div>;
}

export const SAVED = new Set(['assigned', 'removed', 'acted', 'closed', 'declared', 'draft', 'submitted', 'decided']);

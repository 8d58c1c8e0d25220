import { formatDay, formatMoment } from '../i18n/formats.js';
import type { Lang } from '../plugins/i18n.js';
import { h, Html } from './jsx.js';

/**
 * A day in a page: "3 maart 2026" for people, the value itself in `datetime` for machines. A
 * date column reads as it stands, a moment as its day in Brussels; '—' when there is none.
 */
export function Day({ lang, iso, month = 'long' }: { lang: Lang; iso: string | null; month?: 'long' | 'short' }): Html {
  return iso ? <time datetime={iso}>{formatDay(lang, iso, month)}</time> : new Html('—');
}

/** A moment in a page: "3 maart 2026 om 14:05", Brussels time; '—' when there is none. */
export function Moment({ lang, iso }: { lang: Lang; iso: string | null }): Html {
  return iso ? <time datetime={iso}>{formatMoment(lang, iso)}</time> : new Html('—');
}

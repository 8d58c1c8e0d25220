import { Lru } from '../catalog/lru.js';
import type { Lang } from '../plugins/i18n.js';

/**
 * Intl formatters kept per locale and options. Making one costs far more than using it (tens of
 * microseconds against well under one), and pages format hundreds of numbers and dates, so every
 * view asks here instead of constructing its own.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The locale each interface language formats numbers and dates in. */
export const LOCALE: Record<Lang, string> = { nl: 'nl-BE', en: 'en-GB' };

const FIGURES: Record<Lang, Intl.NumberFormat> = {
  nl: numberFormat(LOCALE.nl, { maximumFractionDigits: 2 }),
  en: numberFormat(LOCALE.en, { maximumFractionDigits: 2 }),
};

// Formatted figures kept per language: the same few hundred values (levels, quartiles,
// percentiles, shares) recur on every benchmark and result page, and a lookup costs a fraction
// of Intl's format. Bounded, so a stream of distinct figures (budgets) cannot grow it.
const FIGURE_MEMO: Record<Lang, Lru<string, number>> = { nl: new Lru(20_000), en: new Lru(20_000) };

/** A figure as the platform shows KPI values and budgets: at most two decimals, in the reader's locale. */
export function formatFigure(lang: Lang, value: number): string {
  // A Map does not tell 0 from -0, which Intl writes as "-0".
  if (Object.is(value, -0)) return FIGURES[lang].format(value);
  const memo = FIGURE_MEMO[lang];
  let text = memo.get(value);
  if (text === undefined) {
    text = FIGURES[lang].format(value);
    memo.set(value, text);
  }
  return text;
}

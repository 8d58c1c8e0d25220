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

/**
 * A number format per language for these options that remembers the figures it wrote: the same
 * few hundred values (levels, quartiles, percentiles, shares, scores) recur on every benchmark,
 * result and ranking page, and a lookup costs a fraction of Intl's format (about a microsecond).
 * Bounded per language, so a stream of distinct figures (budgets) cannot grow it.
 */
export function rememberingFormat(options: Intl.NumberFormatOptions, size = 20_000): (lang: Lang, value: number) => string {
  const formats: Record<Lang, Intl.NumberFormat> = { nl: numberFormat(LOCALE.nl, options), en: numberFormat(LOCALE.en, options) };
  // A Map does not tell 0 from -0, which Intl writes as "-0": that one is written every time.
  return remembering((lang, value: number) => formats[lang].format(value), (value) => (Object.is(value, -0) ? null : value), size);
}

/**
 * A writer per language that remembers what it wrote, by a key of the value (null: not
 * remembered), bounded per language.
 */
function remembering<V>(write: (lang: Lang, value: V) => string, keyOf: (value: V) => number | null, size: number): (lang: Lang, value: V) => string {
  const memo: Record<Lang, Lru<string, number>> = { nl: new Lru(size), en: new Lru(size) };
  return (lang, value) => {
    const key = keyOf(value);
    if (key === null) return write(lang, value);
    let text = memo[lang].get(key);
    if (text === undefined) {
      text = write(lang, value);
      memo[lang].set(key, text);
    }
    return text;
  };
}

/** A figure as the platform shows KPI values and budgets: at most two decimals, in the reader's locale. */
export const formatFigure = rememberingFormat({ maximumFractionDigits: 2 });

/** Euros and cents. */
export const formatEuro = rememberingFormat({ style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });

/** Whole euros (plans and projects, where cents would only be noise). */
export const formatWholeEuro = rememberingFormat({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** A share as a whole percentage. */
export const formatPercent = rememberingFormat({ style: 'percent', maximumFractionDigits: 0 });

const HOUR = 3_600_000;

/**
 * A Brussels calendar date (no time of day) per language that remembers what it wrote, per hour:
 * Brussels is always a whole number of hours from UTC, so every instant of one UTC hour has the
 * same date there. Result and benchmark pages write the same few thousand dates over and over.
 */
export function rememberingBrusselsDate(options: Pick<Intl.DateTimeFormatOptions, 'day' | 'month' | 'year' | 'weekday' | 'dateStyle'>, size = 20_000): (lang: Lang, date: Date) => string {
  const full = { ...options, timeZone: 'Europe/Brussels' };
  const formats: Record<Lang, Intl.DateTimeFormat> = { nl: dateTimeFormat(LOCALE.nl, full), en: dateTimeFormat(LOCALE.en, full) };
  return remembering((lang, date: Date) => formats[lang].format(date), (date) => Math.floor(date.getTime() / HOUR), size);
}

const moments: Record<Lang, Intl.DateTimeFormat> = {
  nl: dateTimeFormat(LOCALE.nl, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }),
  en: dateTimeFormat(LOCALE.en, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }),
};

/** An instant as a reader in Flanders reads it: "19 maart 2026 om 14:05", Brussels time. */
export function formatMoment(lang: Lang, iso: string): string {
  return moments[lang].format(new Date(iso));
}

const calendarDays = {
  long: { nl: dateTimeFormat(LOCALE.nl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), en: dateTimeFormat(LOCALE.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) },
  short: { nl: dateTimeFormat(LOCALE.nl, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), en: dateTimeFormat(LOCALE.en, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) },
};
const brusselsDays = {
  long: rememberingBrusselsDate({ day: 'numeric', month: 'long', year: 'numeric' }),
  short: rememberingBrusselsDate({ day: 'numeric', month: 'short', year: 'numeric' }),
};

/**
 * A day for people, "3 maart 2026" (or "3 mrt 2026"): a calendar date ('2026-03-03', a date
 * column) as it stands, and an instant ('2026-03-02T23:30:00.000Z', a timestamp) as the day it
 * was in Brussels then: cutting the UTC text would put work done between midnight and 01:00 or
 * 02:00 Brussels time on the day before.
 */
export function formatDay(lang: Lang, iso: string, month: 'long' | 'short' = 'long'): string {
  if (iso.length === 10) {
    const [y, m, d] = iso.split('-').map(Number);
    return calendarDays[month][lang].format(new Date(Date.UTC(y!, m! - 1, d!)));
  }
  return brusselsDays[month](lang, new Date(iso));
}

import { dateTimeFormat, formatDay, LOCALE } from '../../i18n/formats.js';
/**
 * Meetings are held in Brussels: a start time is stored as an instant (timestamptz) and always
 * shown, typed and exported in Europe/Brussels time, whatever the server's own zone.
 */
export const TIME_ZONE = 'Europe/Brussels';

const partsFormat = dateTimeFormat('en-US', {
  timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

function brusselsParts(date: Date) {
  const parts = partsFormat.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Minutes Brussels is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function brusselsOffset(date: Date): number {
  const p = brusselsParts(date);
  return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DDTHH:mm' as read on a Brussels clock -> the instant; null when it is no valid time. */
export function fromBrusselsLocal(local: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(naive);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // The offset at the guessed instant can differ from the one at the answer around a DST switch.
  let result = new Date(naive - brusselsOffset(new Date(naive)) * 60000);
  const second = brusselsOffset(result);
  if (second !== brusselsOffset(new Date(naive))) result = new Date(naive - second * 60000);
  return result;
}

/** The instant as 'YYYY-MM-DDTHH:mm' on a Brussels clock (the value of a datetime-local field). */
export function toBrusselsLocal(date: Date): string {
  const p = brusselsParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar date in Brussels at this instant, 'YYYY-MM-DD'. */
export function brusselsDate(date: Date): string { return toBrusselsLocal(date).slice(0, 10); }

/** RFC 3339 with the Brussels offset, e.g. 2026-03-19T14:00:00+01:00: what the API shows. */
export function toBrusselsIso(date: Date): string {
  const offset = brusselsOffset(date);
  const sign = offset < 0 ? '-' : '+';
  return `${toBrusselsLocal(date)}:${pad(brusselsParts(date).second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

const dateTimeFormats = {
  nl: dateTimeFormat(LOCALE.nl, { timeZone: TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
  en: dateTimeFormat(LOCALE.en, { timeZone: TIME_ZONE, dateStyle: 'full', timeStyle: 'short' }),
};

/** "donderdag 19 maart 2026 om 14:00" / "Thursday, 19 March 2026 at 14:00", Brussels time. */
export function formatDateTime(value: Date | string, lang: 'nl' | 'en'): string {
  return dateTimeFormats[lang].format(typeof value === 'string' ? new Date(value) : value);
}

/** A calendar date ('YYYY-MM-DD') in words; it has no time zone, so none is applied. */
export function formatDate(value: string, lang: 'nl' | 'en'): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(lang, value) : value;
}

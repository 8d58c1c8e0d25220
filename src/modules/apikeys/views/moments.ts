import type { Lang } from '../../../plugins/i18n.js';
import { dateTimeFormat, LOCALE } from '../../../i18n/formats.js';

/** A moment in Brussels time, as people there read it. */
export function formatMoment(iso: string, lang: Lang): string {
  return dateTimeFormat(LOCALE[lang], {
    timeZone: 'Europe/Brussels', dateStyle: 'medium', timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * The end of a calendar day in Brussels (a key chosen to expire "on" a date works through that day).
 * The offset is read at noon of that day, which is never inside a daylight-saving switch.
 */
export function endOfBrusselsDay(date: string): Date {
  const noon = new Date(`${date}T12:00:00Z`);
  const zone = dateTimeFormat('en', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(noon).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = zone.replace('GMT', '') || '+00:00';
  return new Date(`${date}T23:59:59${offset}`);
}

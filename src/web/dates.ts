import { dateTimeFormat } from '../i18n/formats.js';

const format = dateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR = 3_600_000;
// Brussels is always a whole number of hours from UTC, so its date can only change on a UTC hour:
// within one UTC hour the answer is the same, and every cached response key asks for it.
let hour = Number.NaN;
let date = '';

/** Today's date in Brussels ('YYYY-MM-DD'): the calendar the platform's deadlines and risks follow. */
export function brusselsDate(now: Date = new Date()): string {
  const h = Math.floor(now.getTime() / HOUR);
  if (h !== hour) { date = format.format(now); hour = h; }
  return date;
}

const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Brussels ('YYYY-MM-DD'): the calendar the platform's deadlines and risks follow. */
export function brusselsDate(now: Date = new Date()): string {
  return format.format(now);
}

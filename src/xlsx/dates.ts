/**
 * Spreadsheets store a date as a number of days with a date format on the cell. Built-in
 * format ids that show dates or times (ECMA-376 18.8.30), and a custom format is one when,
 * outside quoted text, escapes and [colour]/[$-locale] blocks, it has a day, month, year,
 * hour or second code.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATES.has(id)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY = 86_400_000;

/** A serial day number as an ISO date, with the time when it has one. */
export function serialToIso(serial: number, date1904: boolean): string {
  // The 1900 system counts the non-existent 29 February 1900 (Lotus compatibility).
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round(epoch + serial * DAY);
  const iso = new Date(ms).toISOString();
  return ms % DAY === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

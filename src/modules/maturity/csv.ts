/**
 * The question list as a spreadsheet file. RFC 4180 quoting; the separator is `;` or `,` (a
 * spreadsheet set to Dutch or Belgian conventions writes `;`), found from the header line. The
 * export writes `;`, CRLF line ends and a UTF-8 byte order mark, so a spreadsheet opens it with
 * the accents intact; the import takes either separator, LF or CRLF, with or without the mark.
 */
import { parseCsv as readCsv, type CsvProblem, type CsvRecord } from '../../csv/read.js';

export const QUESTION_COLUMNS = [
  'dimension', 'code', 'position', 'text_nl', 'text_en', 'help_nl', 'help_en', 'quick_scan', 'critical_from', 'not_applicable_allowed',
] as const;
export type QuestionColumn = (typeof QUESTION_COLUMNS)[number];

export { detectSeparator, type CsvProblem, type CsvRecord } from '../../csv/read.js';

/** The question list's records and the quoting problems of the others (src/csv/read.ts). */
export function parseCsv(text: string, separator: ';' | ','): { records: CsvRecord[]; problems: CsvProblem[] } {
  return readCsv(text, { separator });
}

function field(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: string[], separator = ';'): string {
  return values.map((v) => field(v, separator)).join(separator) + '\r\n';
}

const TRUE = new Set(['yes', 'ja', 'true', 'waar', '1', 'x', 'y', 'j']);
const FALSE = new Set(['no', 'nee', 'false', 'onwaar', '0', 'n', '']);

/** Yes/no as people type it in a spreadsheet (Dutch or English); null when it is neither. */
export function parseFlag(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return null;
}

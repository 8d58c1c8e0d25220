/**
 * RFC 4180 CSV: comma-separated, fields with a comma, quote or line break in double quotes,
 * a quote inside doubled. The export writes CRLF line ends and no byte order mark; the import
 * also takes LF line ends and a leading BOM (what spreadsheet programs add).
 */
import { parseCsv as readCsv, type CsvProblem, type CsvRecord } from '../../csv/read.js';

export type { CsvProblem, CsvRecord } from '../../csv/read.js';

/** Comma-separated, and strict: a quote inside a field that is not quoted is refused (src/csv/read.ts). */
export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  return readCsv(text, { strictQuotes: true });
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: Array<string | number>): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** A number as the import reads it back: plain decimal notation, no exponent, no grouping. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** Strictly a decimal number with a point: no comma, no grouping, no words. */
export function parseNumber(text: string): number | null {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

import { createHash } from 'node:crypto';
import { looksLikeXls, looksLikeZip, readFirstSheet, XlsxError, type CellValue, type XlsxErrorCode } from '../../xlsx/index.js';
import { CSV_COLUMNS, LIMITS } from './constants.js';
import type { CsvRecord } from './csv.js';
import { formatNumber } from './csv.js';
import { importUnreadable } from './errors.js';

/**
 * What an import reads: CSV text, or the first worksheet of an XLSX workbook as records in the
 * same shape as CSV lines, so that both go through one check and one write. A record's `line`
 * is the sheet's row number, which is what the user sees in the spreadsheet program.
 */
export type ImportSource =
  | { format: 'csv'; text: string }
  | { format: 'xlsx'; bytes: Buffer; records: CsvRecord[] };

export type UnreadableCode = XlsxErrorCode | 'legacyXls' | 'notXlsx';

/**
 * Reads an uploaded file, telling the format by its content: a ZIP archive (PK\x03\x04) is an
 * XLSX workbook whatever its name, anything else is CSV text in UTF-8. A workbook that cannot
 * be read safely (damaged, a ZIP bomb, a DOCTYPE) is refused here with a 400, before an import
 * is recorded; `field` names the form field or the API body in that error.
 */
export async function readUpload(bytes: Buffer, filename: string, field: string): Promise<ImportSource> {
  if (looksLikeXls(bytes)) throw importUnreadable(field, 'legacyXls', 'this is the old Excel format (.xls); save the file as .xlsx or CSV');
  if (!looksLikeZip(bytes)) {
    if (/\.xlsx$/i.test(filename)) throw importUnreadable(field, 'notXlsx', 'the file is called .xlsx but is not an XLSX workbook');
    return { format: 'csv', text: bytes.toString('utf8') };
  }
  try {
    const sheet = await readFirstSheet(bytes, { maxEntries: LIMITS.importZipEntries, maxUnpackedBytes: LIMITS.importUnpackedBytes });
    return { format: 'xlsx', bytes, records: sheet.rows.map((r) => ({ line: r.row, fields: fieldsOf(r.cells) })) };
  } catch (err) {
    if (err instanceof XlsxError) throw importUnreadable(field, err.code, err.message);
    throw err;
  }
}

/**
 * A sheet row as the text fields of a CSV line: numbers in the CSV's plain decimal notation,
 * booleans as TRUE/FALSE. Columns past the ninth count only when they hold something, as
 * spreadsheet programs keep formatting in cells that look empty.
 */
function fieldsOf(cells: CellValue[]): string[] {
  const fields = cells.map((c) => (c === null ? '' : typeof c === 'number' ? formatNumber(c) : typeof c === 'boolean' ? (c ? 'TRUE' : 'FALSE') : c));
  let end = fields.length;
  while (end > CSV_COLUMNS.length && fields[end - 1]!.trim() === '') end--;
  fields.length = end;
  while (fields.length < CSV_COLUMNS.length) fields.push('');
  return fields;
}

/** Counts line breaks: an upper bound of the rows of CSV text, without parsing. */
export function roughRowCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function sourceChecksum(source: ImportSource): string {
  return createHash('sha256').update(source.format === 'csv' ? source.text : source.bytes).digest('hex');
}

/** An upper bound of the data rows, known before the check: decides between inline and background. */
export function sourceRows(source: ImportSource): number {
  return source.format === 'csv' ? roughRowCount(source.text) : Math.max(0, source.records.length - 1);
}

/**
 * Reading and writing XLSX workbooks without a dependency: ZIP through node:zlib, and the few
 * parts of SpreadsheetML a table needs. Used by the measurement import and export and by the
 * dashboard downloads.
 */
export { XlsxError, type XlsxErrorCode } from './errors.js';
export { readFirstSheet, DEFAULT_LIMITS, type CellValue, type Sheet, type SheetRow } from './read.js';
export { xlsxBuffer, xlsxStream, columnName, XLSX_CONTENT_TYPE, type Cell, type SheetSpec } from './write.js';
export type { ZipLimits } from './zip-read.js';

/** A ZIP archive starts with a local file header (or, if empty, the end record): PK\x03\x04, PK\x05\x06. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
    && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8));
}

/** The compound-file signature of the old binary Excel format (.xls), which is not read. */
export function looksLikeXls(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

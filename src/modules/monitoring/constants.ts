import { SUBSECTORS } from '../../catalog/types.js';

/** Limits and code lists shared by the views, the schemas and the import; change them here only. */
export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const FREQUENCIES = ['annual', 'quarterly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The five Flemish provinces and Brussels; '' in a measurement means the total over all of them. */
export const PROVINCES = ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'] as const;
export type Province = (typeof PROVINCES)[number];
export { SUBSECTORS };

/** The columns of the CSV and XLSX files, in the order the export writes them and the import expects them. */
export const CSV_COLUMNS = ['kpi', 'period', 'value', 'unit', 'subsector', 'province', 'source', 'confidence', 'note'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const LIMITS = {
  code: 80,
  name: 200,
  definition: 4000,
  unit: 40,
  source: 300,
  note: 1000,
  targets: 101,
  links: 200,
  /** Upload size of one import file (CSV text or an XLSX workbook). */
  importBytes: 50 * 1024 * 1024,
  /** What an XLSX upload may unpack to: an XLSX is compressed XML, about ten times its size; more is a ZIP bomb. */
  importUnpackedBytes: 10 * 50 * 1024 * 1024,
  /** Files inside an XLSX upload: a workbook has about ten; thousands are an attack on the reader. */
  importZipEntries: 1000,
  /** Files with at most this many rows are imported before the upload answers; larger ones in the background. */
  importInlineRows: 5000,
  /** Rows per multi-row upsert statement in the write phase. */
  importBatch: 1000,
  /** Row errors kept per import; the total count is always reported. */
  importErrorsKept: 1000,
  /** Measurements per page on a KPI page and in the JSON list. */
  measurementsPage: 50,
} as const;

export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

import type { Readable } from 'node:stream';
import type { Db } from '../../db/database.js';
import { xlsxStream, type Cell } from '../../xlsx/index.js';
import { CSV_COLUMNS } from './constants.js';
import { csvLine } from './csv.js';
import { exportRows } from './queries.js';

/** The measurements of one KPI (or all) as CSV, in exactly the format the import reads. */
export async function measurementsCsv(db: Db, kpiId: number | null): Promise<string> {
  const parts: string[] = [csvLine([...CSV_COLUMNS])];
  for await (const rows of exportRows(db, kpiId)) {
    let chunk = '';
    for (const r of rows) chunk += csvLine([r.code, r.period, r.value, r.unit, r.subsector, r.province, r.source, r.confidence, r.note]);
    parts.push(chunk);
  }
  return parts.join('');
}

/**
 * The same columns and rows as XLSX, written while the rows are read, so that a KPI with
 * hundreds of thousands of measurements is never held in memory. The value is a number cell;
 * the period and every other column stay text exactly as in the CSV (2025 is a period, not a number).
 */
export function measurementsXlsx(db: Db, kpiId: number | null): Readable {
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const batch of exportRows(db, kpiId)) {
      for (const r of batch) yield [r.code, r.period, r.value, r.unit, r.subsector, r.province, r.source, r.confidence, r.note];
    }
  }
  return xlsxStream({ name: 'measurements', header: CSV_COLUMNS, rows: rows(), widths: [28, 10, 12, 10, 14, 16, 30, 11, 40] });
}

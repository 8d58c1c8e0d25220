import type { Db } from '../../db/database.js';
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

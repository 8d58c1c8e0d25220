import { CONFIDENCES, CSV_COLUMNS, LIMITS, PROVINCES, SUBSECTORS, type Confidence, type CsvColumn, type Frequency } from './constants.js';
import type { CsvProblem, CsvRecord } from './csv.js';
import { parseNumber, parseCsv } from './csv.js';
import { frequencyOf, periodExample, periodStart } from './periods.js';

/** What a measurement row needs to know about its KPI. */
export interface KpiRef { id: number; code: string; unit: string; frequency: Frequency; retired: boolean; version: number }

/** A valid row, ready to write. */
export interface MeasurementRow {
  kpiId: number; kpiCode: string; period: string; periodStart: string; value: number; unit: string;
  subsector: string; province: string; source: string; confidence: Confidence; note: string;
}

/**
 * Why a row (or the file) was refused: `code` picks the translated message, `params` fill it,
 * `message` is the English text for the API. Line 1 is the header.
 */
export interface RowError {
  line: number; column: CsvColumn | null; code: string; message: string; params?: Record<string, string | number>;
}

export type RowFields = Record<CsvColumn, string>;

const SUBSECTOR_SET = new Set<string>(SUBSECTORS);
const PROVINCE_SET = new Set<string>(PROVINCES);
const CONFIDENCE_SET = new Set<string>(CONFIDENCES);

type FieldProblem = Omit<RowError, 'line'>;
const problem = (column: CsvColumn | null, code: string, message: string, params?: Record<string, string | number>): FieldProblem =>
  (params ? { column, code, message, params } : { column, code, message });

/** One row against the rules of its KPI: the same check for the form, the API and the import. */
export function checkRow(fields: RowFields, kpis: ReadonlyMap<string, KpiRef>): { row: MeasurementRow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const code = fields.kpi.trim();
  const period = fields.period.trim();
  const unit = fields.unit.trim();
  const subsector = fields.subsector.trim();
  const province = fields.province.trim();
  const confidence = fields.confidence.trim() || 'medium';
  const kpi = kpis.get(code);
  if (!code) problems.push(problem('kpi', 'required', 'kpi is empty'));
  else if (!kpi) problems.push(problem('kpi', 'unknownKpi', `KPI ${code} does not exist`, { kpi: code }));
  else if (kpi.retired) problems.push(problem('kpi', 'retiredKpi', `KPI ${code} is retired`, { kpi: code }));
  let start: string | null = null;
  if (!period) problems.push(problem('period', 'required', 'period is empty'));
  else if (kpi) {
    start = periodStart(kpi.frequency, period);
    if (!start) {
      const written = frequencyOf(period);
      problems.push(problem('period', 'period',
        `period ${period} is not a ${kpi.frequency} period (${written ? `it is ${written}; ` : ''}write it like ${periodExample(kpi.frequency)})`,
        { period, frequency: kpi.frequency, example: periodExample(kpi.frequency) }));
    }
  }
  const valueText = fields.value.trim();
  const value = parseNumber(valueText);
  if (!valueText) problems.push(problem('value', 'required', 'value is empty'));
  else if (value === null) problems.push(problem('value', 'number', `value ${valueText} is not a number (use a decimal point, no thousands separator)`, { value: valueText }));
  if (kpi && unit !== kpi.unit) problems.push(problem('unit', 'unitMismatch', `unit ${unit || '(empty)'} is not the unit of KPI ${kpi.code} (${kpi.unit})`, { unit: unit || '—', expected: kpi.unit }));
  if (subsector && !SUBSECTOR_SET.has(subsector)) problems.push(problem('subsector', 'unknownSubsector', `subsector ${subsector} does not exist`, { subsector }));
  if (province && !PROVINCE_SET.has(province)) problems.push(problem('province', 'unknownProvince', `province ${province} does not exist`, { province }));
  if (!CONFIDENCE_SET.has(confidence)) problems.push(problem('confidence', 'confidence', `confidence ${confidence} is not high, medium or low`, { confidence }));
  for (const column of ['source', 'note', 'unit'] as const) {
    if (fields[column].includes('\u0000')) problems.push(problem(column, 'invalidChar', `${column} contains a NUL character`));
  }
  if (fields.source.length > LIMITS.source) problems.push(problem('source', 'tooLong', `source is longer than ${LIMITS.source} characters`, { max: LIMITS.source }));
  if (fields.note.length > LIMITS.note) problems.push(problem('note', 'tooLong', `note is longer than ${LIMITS.note} characters`, { max: LIMITS.note }));
  if (problems.length || !kpi || !start || value === null) return { row: null, problems };
  return {
    row: {
      kpiId: kpi.id, kpiCode: kpi.code, period, periodStart: start, value, unit, subsector, province,
      source: fields.source, confidence: confidence as Confidence, note: fields.note,
    },
    problems,
  };
}

export const rowKey = (r: { kpiId: number; period: string; subsector: string; province: string }) => `${r.kpiId}\u0000${r.period}\u0000${r.subsector}\u0000${r.province}`;

export interface CheckedFile { rows: MeasurementRow[]; errors: RowError[]; errorCount: number; rowsTotal: number; kpiIds: number[] }

/** A CSV file, checked as checkRecords does; its lines are the numbers in the errors. */
export async function checkFile(text: string, kpis: ReadonlyMap<string, KpiRef>, onProgress?: (checked: number, total: number) => void): Promise<CheckedFile> {
  return checkRecords(parseCsv(text), kpis, onProgress);
}

/**
 * Every record of a file (CSV lines, or the rows of a worksheet), checked before anything is
 * written: the first record must be exactly the export's header, each record needs nine fields,
 * and a key (KPI, period, subsector, province) may appear once. A record's `line` is its CSV
 * line or sheet row, and names it in the errors. Yields to the event loop now and then, so a
 * big file does not stall the server.
 */
export async function checkRecords(
  { records, problems }: { records: CsvRecord[]; problems: CsvProblem[] }, kpis: ReadonlyMap<string, KpiRef>, onProgress?: (checked: number, total: number) => void,
): Promise<CheckedFile> {
  const errors: RowError[] = [];
  let errorCount = 0;
  const report = (e: RowError) => { errorCount++; if (errors.length < LIMITS.importErrorsKept) errors.push(e); };
  for (const p of problems) report({ line: p.line, column: null, code: 'csv', message: p.message });
  const header = records[0];
  if (!header) {
    report({ line: 1, column: null, code: 'empty', message: 'the file is empty' });
    return { rows: [], errors, errorCount, rowsTotal: 0, kpiIds: [] };
  }
  if (header.line !== 1 || !sameHeader(header)) {
    report({ line: 1, column: null, code: 'header', message: `the first line must be exactly the header ${CSV_COLUMNS.join(',')}`, params: { columns: CSV_COLUMNS.join(',') } });
    return { rows: [], errors, errorCount, rowsTotal: Math.max(0, records.length - 1), kpiIds: [] };
  }
  const data: CsvRecord[] = records.slice(1);
  const rowsTotal = data.length + problems.filter((p) => p.line > 1).length;
  const rows: MeasurementRow[] = [];
  const seen = new Map<string, number>();
  const kpiIds = new Set<number>();
  for (let n = 0; n < data.length; n++) {
    const record = data[n]!;
    if (n % 5000 === 4999) { onProgress?.(n + 1, data.length); await new Promise((r) => setImmediate(r)); }
    if (record.fields.length !== CSV_COLUMNS.length) {
      report({ line: record.line, column: null, code: 'columns', message: `the row has ${record.fields.length} fields instead of ${CSV_COLUMNS.length}`, params: { count: record.fields.length, expected: CSV_COLUMNS.length } });
      continue;
    }
    const fields = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, record.fields[i]!])) as RowFields;
    const { row, problems: rowProblems } = checkRow(fields, kpis);
    for (const p of rowProblems) report({ line: record.line, ...p });
    if (!row) continue;
    const key = rowKey(row);
    const first = seen.get(key);
    if (first !== undefined) {
      report({ line: record.line, column: null, code: 'duplicate', message: `the same KPI, period, subsector and province as line ${first}`, params: { first } });
      continue;
    }
    seen.set(key, record.line);
    kpiIds.add(row.kpiId);
    rows.push(row);
  }
  onProgress?.(data.length, data.length);
  if (!data.length && !problems.length) report({ line: 2, column: null, code: 'empty', message: 'the file has a header but no data rows' });
  errors.sort((a, b) => a.line - b.line);
  return { rows, errors, errorCount, rowsTotal, kpiIds: [...kpiIds] };
}

function sameHeader(record: CsvRecord): boolean {
  return record.fields.length === CSV_COLUMNS.length && record.fields.every((f, i) => f.trim() === CSV_COLUMNS[i]);
}

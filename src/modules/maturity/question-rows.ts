import { QUESTION_COLUMNS, csvLine, detectSeparator, parseCsv, parseFlag, type QuestionColumn } from './csv.js';
import type { MaturityModel } from './model.js';
import { LIMITS, QUESTION_CODE_PATTERN } from './schemas.js';

export interface QuestionRow {
  line: number; dimension: string; code: string; position: number | null;
  text: { nl: string; en: string }; help: { nl: string; en: string };
  quickScan: boolean; criticalFrom: number | null; allowsNotApplicable: boolean;
}
/** One problem of one row; `code` and `params` give the message in the reader's language. */
export interface RowProblem { line: number; column: string | null; message: string; code: string; params?: Record<string, string | number> }

const CODE = new RegExp(QUESTION_CODE_PATTERN);

/**
 * Reads every row of an uploaded question list and checks it against the draft's dimensions.
 * Every problem of every row is collected, so one upload tells the team all that must change.
 */
export function readQuestionRows(text: string, dimensionCodes: readonly string[]): { rows: QuestionRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const rows: QuestionRow[] = [];
  const { records, problems: csvProblems } = parseCsv(text, detectSeparator(text.replace(/^\ufeff/, '')));
  for (const p of csvProblems) problems.push({ line: p.line, column: null, message: p.message, code: p.code });
  const [header, ...data] = records;
  if (!header) return { rows, problems: [...problems, { line: 1, column: null, message: 'the file is empty: it needs a header line and one line per question', code: 'empty' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!(QUESTION_COLUMNS as readonly string[]).includes(name)) problems.push({ line: header.line, column: name || `#${i + 1}`, message: `unknown column "${name}"; the columns are ${QUESTION_COLUMNS.join(', ')}`, code: 'unknownColumn', params: { name, columns: QUESTION_COLUMNS.join(', ') } });
    else if (index.has(name)) problems.push({ line: header.line, column: name, message: 'this column appears twice', code: 'duplicateColumn' });
    else index.set(name, i);
  });
  const missing = QUESTION_COLUMNS.filter((c) => !index.has(c));
  if (missing.length) problems.push({ line: header.line, column: null, message: `missing column(s): ${missing.join(', ')}`, code: 'missingColumns', params: { columns: missing.join(', ') } });
  if (problems.some((p) => p.line === header.line)) return { rows, problems };
  if (!data.length) return { rows, problems: [...problems, { line: header.line, column: null, message: 'the file has no questions, only a header line', code: 'noRows' }] };
  if (data.length > LIMITS.questions) return { rows, problems: [...problems, { line: header.line, column: null, message: `at most ${LIMITS.questions} questions per file`, code: 'tooMany', params: { max: LIMITS.questions } }] };

  const seen = new Map<string, number>();
  for (const record of data) {
    const bad = (column: QuestionColumn | null, message: string, code: string, params: Record<string, string | number> = {}) =>
      problems.push({ line: record.line, column, message, code, params });
    if (record.fields.length !== names.length) {
      bad(null, `has ${record.fields.length} fields, the header has ${names.length}`, 'fieldCount', { count: record.fields.length, expected: names.length });
      continue;
    }
    const get = (c: QuestionColumn) => (record.fields[index.get(c)!] ?? '').trim();
    const before = problems.length;
    const dimension = get('dimension');
    if (!dimension) bad('dimension', 'is empty', 'required');
    else if (!dimensionCodes.includes(dimension)) bad('dimension', `"${dimension}" is not a dimension of this version (${dimensionCodes.join(', ')})`, 'notDimension', { value: dimension, codes: dimensionCodes.join(', ') });
    const code = get('code');
    if (!code) bad('code', 'is empty', 'required');
    else if (code.length > 60 || !CODE.test(code)) bad('code', `"${code}" is not a valid code: lower-case letters, digits and single hyphens, at most 60 characters`, 'badCode', { value: code });
    else if (seen.has(code)) bad('code', `"${code}" was already used on line ${seen.get(code)}`, 'duplicateCode', { value: code, line: seen.get(code)! });
    else seen.set(code, record.line);
    const positionText = get('position');
    let position: number | null = null;
    if (positionText) {
      if (!/^\d{1,4}$/.test(positionText) || Number(positionText) < 1 || Number(positionText) > 1000) bad('position', `"${positionText}" is not a whole number from 1 to 1000`, 'badPosition', { value: positionText });
      else position = Number(positionText);
    }
    for (const c of ['text_nl', 'text_en'] as const) {
      if (!get(c)) bad(c, 'is empty: every question needs its text in Dutch and English', 'textRequired');
      else if (get(c).length > LIMITS.text) bad(c, `is longer than ${LIMITS.text} characters`, 'tooLong', { max: LIMITS.text });
    }
    for (const c of ['help_nl', 'help_en'] as const) if (get(c).length > LIMITS.long) bad(c, `is longer than ${LIMITS.long} characters`, 'tooLong', { max: LIMITS.long });
    const quickScan = parseFlag(get('quick_scan'));
    if (quickScan === null) bad('quick_scan', `"${get('quick_scan')}" is not yes or no`, 'badFlag', { value: get('quick_scan') });
    const na = parseFlag(get('not_applicable_allowed'));
    if (na === null) bad('not_applicable_allowed', `"${get('not_applicable_allowed')}" is not yes or no`, 'badFlag', { value: get('not_applicable_allowed') });
    const criticalText = get('critical_from');
    let criticalFrom: number | null = null;
    if (criticalText) {
      if (!/^[1-5]$/.test(criticalText)) bad('critical_from', `"${criticalText}" is not a level from 1 to 5 (leave it empty for a question that is not critical)`, 'badCritical', { value: criticalText });
      else criticalFrom = Number(criticalText);
    }
    if (problems.length > before) continue;
    rows.push({
      line: record.line, dimension, code, position,
      text: { nl: get('text_nl'), en: get('text_en') }, help: { nl: get('help_nl'), en: get('help_en') },
      quickScan: quickScan!, criticalFrom, allowsNotApplicable: na!,
    });
  }
  return { rows, problems };
}

/** The place of each row within its dimension: by position, then as the rows stand in the file. */
export function finalPositions(rows: QuestionRow[]): Map<string, number> {
  const byDimension = new Map<string, Array<{ row: QuestionRow; index: number }>>();
  rows.forEach((row, index) => {
    const list = byDimension.get(row.dimension) ?? [];
    list.push({ row, index });
    byDimension.set(row.dimension, list);
  });
  const positions = new Map<string, number>();
  for (const list of byDimension.values()) {
    list.sort((a, b) => (a.row.position ?? Infinity) - (b.row.position ?? Infinity) || a.index - b.index);
    list.forEach((x, i) => positions.set(x.row.code, i + 1));
  }
  return positions;
}

/** The question list of any version, in the same columns the import reads. */
export function questionsCsv(model: MaturityModel): string {
  const flag = (v: boolean) => (v ? 'yes' : 'no');
  const lines = ['\ufeff' + QUESTION_COLUMNS.join(';') + '\r\n'];
  for (const d of model.dimensions) {
    for (const q of d.questions) {
      lines.push(csvLine([
        d.code, q.code, String(q.position), q.text.nl, q.text.en, q.help.nl, q.help.en, flag(q.quickScan),
        q.criticalFrom === null ? '' : String(q.criticalFrom), flag(q.allowsNotApplicable),
      ], ';'));
    }
  }
  return lines.join('');
}

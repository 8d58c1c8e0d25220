/**
 * The question list as a spreadsheet file. RFC 4180 quoting; the separator is `;` or `,` (a
 * spreadsheet set to Dutch or Belgian conventions writes `;`), found from the header line. The
 * export writes `;`, CRLF line ends and a UTF-8 byte order mark, so a spreadsheet opens it with
 * the accents intact; the import takes either separator, LF or CRLF, with or without the mark.
 */
export const QUESTION_COLUMNS = [
  'dimension', 'code', 'position', 'text_nl', 'text_en', 'help_nl', 'help_en', 'quick_scan', 'critical_from', 'not_applicable_allowed',
] as const;
export type QuestionColumn = (typeof QUESTION_COLUMNS)[number];

export interface CsvRecord { line: number; fields: string[] }
export interface CsvProblem { line: number; message: string; code: 'unclosedQuote' | 'textAfterQuote' }

const QUOTE = 34, CR = 13, LF = 10;

/** `;` when the header line has more of them than commas (outside quotes), else `,`. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0, commas = 0, quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(text: string, separator: ';' | ','): { records: CsvRecord[]; problems: CsvProblem[] } {
  const SEP = separator.charCodeAt(0);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let broken: CsvProblem['code'] | null = null;
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        i++;
        let closed = false;
        while (i < n) {
          const next = text.indexOf('"', i);
          if (next < 0) { value += text.slice(i); i = n; break; }
          value += text.slice(i, next);
          i = next + 1;
          if (text.charCodeAt(i) === QUOTE) { value += '"'; i++; continue; }
          closed = true;
          break;
        }
        for (const ch of value) if (ch === '\n') line++;
        if (!closed) broken ??= 'unclosedQuote';
        const c = text.charCodeAt(i);
        if (i < n && c !== SEP && c !== CR && c !== LF) {
          broken ??= 'textAfterQuote';
          while (i < n && text.charCodeAt(i) !== SEP && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === SEP || c === LF || c === CR) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === SEP) { i++; continue; }
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (broken) problems.push({ line: start, code: broken, message: broken === 'unclosedQuote' ? 'a quoted field is not closed' : 'text follows a closing quote' });
    else if (!fields.every((f) => f.trim() === '')) records.push({ line: start, fields });
  }
  return { records, problems };
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

/**
 * Reading CSV as people's spreadsheets write it (RFC 4180): fields with the separator, a quote
 * or a line break in double quotes, a quote inside doubled; LF or CRLF line ends; a leading
 * UTF-8 byte order mark is skipped. A record that breaks the quoting is reported with the line
 * it starts on, and reading goes on with the next record, so that one upload lists every problem
 * at once. Rows whose fields are all blank (a spreadsheet's trailing ";;;;" rows) carry no record.
 */

export interface CsvRecord { line: number; fields: string[] }

export type CsvProblemCode = 'unclosedQuote' | 'textAfterQuote' | 'quoteInUnquotedField';
export interface CsvProblem { line: number; code: CsvProblemCode; message: string }

const MESSAGES: Record<CsvProblemCode, string> = {
  unclosedQuote: 'a quoted field is not closed',
  textAfterQuote: 'text follows a closing quote',
  quoteInUnquotedField: 'a quote inside a field that is not quoted',
};

export interface CsvReadOptions {
  /** The field separator: ',' by default; ';' is what a spreadsheet set to Dutch conventions writes. */
  separator?: ';' | ',';
  /** Refuse a quote inside a field that is not quoted (RFC 4180 does), instead of keeping it as text. */
  strictQuotes?: boolean;
}

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

export function parseCsv(text: string, options: CsvReadOptions = {}): { records: CsvRecord[]; problems: CsvProblem[] } {
  const SEP = (options.separator ?? ',').charCodeAt(0);
  const strict = options.strictQuotes ?? false;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let broken: CsvProblemCode | null = null;
    // One record: fields until an unquoted line end or the end of the text.
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
          if (strict && c === QUOTE) broken ??= 'quoteInUnquotedField';
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
    if (broken) problems.push({ line: start, code: broken, message: MESSAGES[broken] });
    else if (!fields.every((f) => f.trim() === '')) records.push({ line: start, fields });
  }
  return { records, problems };
}

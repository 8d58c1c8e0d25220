/**
 * RFC 4180 CSV: comma-separated, fields with a comma, quote or line break in double quotes,
 * a quote inside doubled. The export writes CRLF line ends and no byte order mark; the import
 * also takes LF line ends and a leading BOM (what spreadsheet programs add).
 */
export interface CsvRecord { line: number; fields: string[] }
export interface CsvProblem { line: number; message: string }

const QUOTE = 34, COMMA = 44, CR = 13, LF = 10;

export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let broken: string | null = null;
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
        if (!closed) broken ??= 'a quoted field is not closed';
        const c = text.charCodeAt(i);
        if (i < n && c !== COMMA && c !== CR && c !== LF) {
          broken ??= 'text follows a closing quote';
          while (i < n && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) broken ??= 'a quote inside a field that is not quoted';
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === COMMA) { i++; continue; }
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (broken) problems.push({ line: start, message: broken });
    // Blank lines (a trailing one, above all) carry no record.
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { records, problems };
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

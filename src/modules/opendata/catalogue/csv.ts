/**
 * RFC 4180 CSV, with one addition the round trip needs: an empty unquoted field is NULL, a quoted
 * empty field ("") is the empty string. Lines end in CRLF as the RFC says.
 */

const NEEDS_QUOTES = /[",\r\n]/;

/** The text of one value: dates as ISO instants, lists and objects as JSON. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Date ? v.toISOString() : v));
}

function field(text: string | null): string {
  if (text === null) return '';
  if (text === '' || NEEDS_QUOTES.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvLine(cells: ReadonlyArray<string | null>): string {
  return cells.map(field).join(',') + '\r\n';
}

/**
 * Parses CSV text into rows of fields (null for an empty unquoted field). Accepts LF as well as
 * CRLF line ends; a quote inside an unquoted field or an unterminated quote is an error.
 */
export function parseCsv(text: string): Array<Array<string | null>> {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  if (i >= n) return rows;
  for (;;) {
    let value: string | null;
    if (text[i] === '"') {
      let out = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('CSV: a quoted field is not closed');
        out += text.slice(i, q);
        if (text[q + 1] === '"') { out += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      value = out;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\r' && text[j] !== '\n') j++;
      const raw = text.slice(i, j);
      if (raw.includes('"')) throw new Error(`CSV: a quote inside an unquoted field on line ${rows.length + 1}`);
      value = raw === '' ? null : raw;
      i = j;
    }
    row.push(value);
    if (i >= n) { rows.push(row); break; }
    const c = text[i];
    if (c === ',') { i++; continue; }
    if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      rows.push(row);
      row = [];
      if (i >= n) break;
      continue;
    }
    throw new Error(`CSV: unexpected character after a quoted field on line ${rows.length + 1}`);
  }
  return rows;
}

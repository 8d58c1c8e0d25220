import { StringDecoder } from 'node:string_decoder';
import { XlsxError } from './errors.js';
import { isDateFormat, serialToIso } from './dates.js';
import { XmlReader, type XmlHandler } from './xml.js';
import { decodeXstring } from './xstring.js';
import { ZipArchive, type ZipLimits } from './zip-read.js';

/**
 * A cell as read: a text cell is a string, a number cell a number, a boolean cell a boolean;
 * a number cell formatted as a date becomes an ISO date string (2025-09-01), as the user saw
 * a date and not the spreadsheet's day count. An absent or empty cell is null.
 */
export type CellValue = string | number | boolean | null;

/** One row of the sheet: `row` is its number in the sheet (1 is the first), `cells[0]` column A. */
export interface SheetRow { row: number; cells: CellValue[] }

export interface Sheet { name: string; rows: SheetRow[] }

export const DEFAULT_LIMITS: ZipLimits = { maxEntries: 1000, maxUnpackedBytes: 500 * 1024 * 1024 };

const MAX_ROW = 1_048_576, MAX_COLUMN = 16_384;
/** Bytes of XML decoded and parsed between two pauses for the event loop. */
const SLICE = 1024 * 1024;

/**
 * The first worksheet of an XLSX workbook (as a spreadsheet program saves it or as the writer
 * in this folder writes it): shared strings, inline strings, numbers, booleans, formula results,
 * sparse rows and cells. Throws XlsxError when the file is not a workbook that can be read safely.
 */
export async function readFirstSheet(bytes: Buffer, limits: ZipLimits = DEFAULT_LIMITS): Promise<Sheet> {
  const zip = new ZipArchive(bytes, limits);
  const workbookPath = relationshipTarget(await parseRelationships(zip, '_rels/.rels', ''), 'officeDocument') ?? 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw new XlsxError('notWorkbook', 'the file is a ZIP archive but not an XLSX workbook (it has no workbook)');
  const workbook = await parseWorkbook(zip.read(workbookPath));
  const first = workbook.sheets[0];
  if (!first) throw new XlsxError('notWorkbook', 'the workbook has no worksheet');
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = await parseRelationships(zip, `${base}_rels/${workbookPath.slice(base.length)}.rels`, base);
  const sheetPath = rels.find((r) => r.id === first.relId)?.target;
  if (!sheetPath || !zip.has(sheetPath)) throw new XlsxError('notWorkbook', `the workbook's first worksheet (${first.name}) is missing`);
  const sharedPath = relationshipTarget(rels, 'sharedStrings');
  const strings = sharedPath && zip.has(sharedPath) ? await parseSharedStrings(zip.read(sharedPath)) : [];
  const stylesPath = relationshipTarget(rels, 'styles');
  const dateStyles = stylesPath && zip.has(stylesPath) ? await parseDateStyles(zip.read(stylesPath)) : new Set<number>();
  const rows = await parseSheet(zip.read(sheetPath), { strings, dateStyles, date1904: workbook.date1904 });
  return { name: first.name, rows };
}

/** Feeds a part to the XML reader in slices, pausing between them so a large sheet does not stall the server. */
async function parseXml(bytes: Buffer, handler: XmlHandler): Promise<void> {
  const reader = new XmlReader(handler);
  const decoder = new StringDecoder('utf8');
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[0] === 0xfe || bytes[0] === 0xff) throw new XlsxError('unsupported', 'the XML is encoded in UTF-16; only UTF-8 is read');
  for (; start < bytes.length; start += SLICE) {
    reader.feed(decoder.write(bytes.subarray(start, start + SLICE)));
    if (start + SLICE < bytes.length) await new Promise((resolve) => setImmediate(resolve));
  }
  reader.feed(decoder.end());
  reader.end();
}

interface Relationship { id: string; type: string; target: string }

async function parseRelationships(zip: ZipArchive, path: string, base: string): Promise<Relationship[]> {
  if (!zip.has(path)) return [];
  const list: Relationship[] = [];
  await parseXml(zip.read(path), {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target && a.TargetMode !== 'External') list.push({ id: a.Id, type: a.Type ?? '', target: resolvePath(base, a.Target) });
    },
    close() {}, text() {},
  });
  return list;
}

const relationshipTarget = (rels: Relationship[], kind: string) => rels.find((r) => r.type.endsWith(`/${kind}`))?.target;

/** A relationship target relative to the part's folder, or absolute from the package root. */
function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

async function parseWorkbook(xml: Buffer): Promise<{ sheets: Array<{ name: string; relId: string }>; date1904: boolean }> {
  const sheets: Array<{ name: string; relId: string }> = [];
  let date1904 = false;
  await parseXml(xml, {
    open(name, a) {
      if (name === 'sheet' && a.id) sheets.push({ name: a.name ?? '', relId: a.id });
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
    close() {}, text() {},
  });
  return { sheets, date1904 };
}

/** Each <si> is the text of all its runs, without phonetic guides (<rPh>). */
async function parseSharedStrings(xml: Buffer): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false, phonetic = 0;
  await parseXml(xml, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') { strings.push(decodeXstring(current ?? '')); current = null; }
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(value) { if (inText && current !== null) current += value; },
  });
  return strings;
}

/** The indexes of the cell formats (cellXfs) that show a number as a date or time. */
async function parseDateStyles(xml: Buffer): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const dates = new Set<number>();
  let inCellXfs = false, index = 0;
  await parseXml(xml, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (isDateFormat(id, custom.get(id))) dates.add(index);
        index++;
      }
    },
    close(name) { if (name === 'cellXfs') inCellXfs = false; },
    text() {},
  });
  return dates;
}

interface SheetContext { strings: string[]; dateStyles: Set<number>; date1904: boolean }

/** "C7" → column 2 (0-based); the row number is taken from <row r>. */
function columnOf(ref: string): number {
  let col = 0, i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || col > MAX_COLUMN || !/^\d*$/.test(ref.slice(i))) throw new XlsxError('xml', `${ref} is not a cell reference`);
  return col - 1;
}

async function parseSheet(xml: Buffer, ctx: SheetContext): Promise<SheetRow[]> {
  // Rows are dense arrays, so a cell far to the right costs a slot for every column before it.
  // Every slot must be paid for by a few bytes of XML, or 30 bytes (<c r="XFD1"><v>1</v></c>)
  // could claim 16,384 slots, row after row: memory stays proportional to the file.
  const maxSlots = Math.max(MAX_COLUMN, Math.floor(xml.length / 8));
  let slots = 0;
  const rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let lastRow = 0;
  let cell: { col: number; type: string; style: number; value: string; inline: string; hasValue: boolean } | null = null;
  let into: 'v' | 't' | null = null;
  let phonetic = 0;
  const finishCell = () => {
    const c = cell!;
    cell = null;
    const value = cellValue(c, ctx);
    if (value === null) return;
    const cells = row!.cells;
    slots += c.col + 1 - cells.length;
    if (slots > maxSlots) throw new XlsxError('tooLarge', 'the sheet has too many empty cells between its values');
    while (cells.length < c.col) cells.push(null);
    cells[c.col] = value;
  };
  await parseXml(xml, {
    open(name, a) {
      if (name === 'row') {
        const n = a.r !== undefined ? Number(a.r) : lastRow + 1;
        if (!Number.isInteger(n) || n <= lastRow || n > MAX_ROW) throw new XlsxError('xml', `row ${a.r ?? n} is out of order or out of range`);
        lastRow = n;
        row = { row: n, cells: [] };
      } else if (name === 'c') {
        if (!row) throw new XlsxError('xml', 'a cell outside a row');
        const col = a.r !== undefined ? columnOf(a.r) : row.cells.length;
        if (col < row.cells.length) throw new XlsxError('xml', `cell ${a.r ?? col} is out of order in row ${row.row}`);
        cell = { col, type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '', hasValue: false };
      } else if (cell) {
        if (name === 'v') { into = 'v'; cell.hasValue = true; }
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && phonetic === 0) into = 't';
      }
    },
    close(name) {
      if (name === 'c' && cell) finishCell();
      else if (name === 'row' && row) { if (row.cells.length) rows.push(row); row = null; }
      else if (name === 'v' || name === 't') into = null;
      else if (name === 'rPh') phonetic--;
    },
    text(value) {
      if (!cell || !into) return;
      if (into === 'v') cell.value += value;
      else cell.inline += value;
    },
  });
  return rows;
}

function cellValue(c: { type: string; style: number; value: string; inline: string; hasValue: boolean }, ctx: SheetContext): CellValue {
  switch (c.type) {
    case 's': {
      if (!c.hasValue) return null;
      const s = ctx.strings[Number(c.value)];
      if (s === undefined || !/^\d+$/.test(c.value.trim())) throw new XlsxError('xml', `shared string ${c.value} does not exist`);
      return s === '' ? null : s;
    }
    case 'inlineStr': return c.inline === '' ? null : decodeXstring(c.inline);
    case 'str': case 'e': case 'd': return c.value === '' ? null : decodeXstring(c.value);
    case 'b': return c.hasValue && c.value.trim() !== '' ? c.value.trim() === '1' || c.value.trim() === 'true' : null;
    case 'n': {
      const text = c.value.trim();
      if (!text) return null;
      const n = Number(text);
      if (!Number.isFinite(n)) throw new XlsxError('xml', `${text} is not a number`);
      return ctx.dateStyles.has(c.style) ? serialToIso(n, ctx.date1904) : n;
    }
    default: throw new XlsxError('xml', `cell type ${c.type} is unknown`);
  }
}

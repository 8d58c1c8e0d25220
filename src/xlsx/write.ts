import { Readable } from 'node:stream';
import { escapeAttr, escapeText } from './xml.js';
import { encodeXstring } from './xstring.js';
import { zipStream } from './zip-write.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell as written: text stays text (also "2025" or "007"), a number becomes a number cell, null an empty cell. */
export type Cell = string | number | boolean | null | undefined;

export interface SheetSpec {
  /** The worksheet's tab name (cut to 31 characters; characters Excel forbids are replaced). */
  name: string;
  /** The first row, in bold and frozen while scrolling. */
  header: readonly string[];
  rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;
  /** Column widths in characters; by default from the header. */
  widths?: readonly number[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Sheet XML is handed to the deflater in pieces of about this many characters. */
const PIECE = 64 * 1024;

/**
 * A one-sheet workbook as a stream, written row by row: the rows may come from a database
 * cursor, and memory stays bounded. Strings are inline strings (no shared-string table to
 * hold in memory), so every spreadsheet program and this module's reader read them back.
 */
export function xlsxStream(sheet: SheetSpec): Readable {
  return Readable.from(zipStream([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(sheet.name) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/styles.xml', data: STYLES },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(sheet) },
  ]), { objectMode: false });
}

/** The same workbook in one buffer, for small tables. */
export async function xlsxBuffer(sheet: SheetSpec): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of xlsxStream(sheet)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* sheetXml(sheet: SheetSpec): AsyncGenerator<Buffer> {
  const widths = sheet.widths ?? sheet.header.map((h) => Math.max(10, Math.min(60, h.length + 4)));
  let xml = `${XML_DECL}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">`
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + '<sheetFormatPr defaultRowHeight="15"/>'
    + `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    + '<sheetData>'
    + rowXml(1, sheet.header, 1);
  let row = 1;
  for await (const cells of sheet.rows) {
    row++;
    xml += rowXml(row, cells, 0);
    if (xml.length >= PIECE) { yield Buffer.from(xml, 'utf8'); xml = ''; }
  }
  yield Buffer.from(`${xml}</sheetData></worksheet>`, 'utf8');
}

function rowXml(row: number, cells: readonly Cell[], style: number): string {
  let xml = `<row r="${row}">`;
  const s = style ? ` s="${style}"` : '';
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    if (v === null || v === undefined || v === '') continue;
    const ref = columnName(i) + row;
    if (typeof v === 'number' && Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${String(v)}</v></c>`;
    else if (typeof v === 'boolean') xml += `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
    else xml += `<c r="${ref}"${s} t="inlineStr"><is>${textElement(String(v))}</is></c>`;
  }
  return `${xml}</row>`;
}

/** A <t> element; leading or trailing white space and line breaks need xml:space to survive. */
function textElement(s: string): string {
  const preserve = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeText(encodeXstring(s))}</t>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function workbookXml(name: string): string {
  const tab = name.replace(/[\\/?*[\]:]/g, '-').replace(/^'|'$/g, '').slice(0, 31) || 'Sheet1';
  return `${XML_DECL}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${escapeAttr(tab)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
}

const CONTENT_TYPES = `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
  + '</Types>';

const ROOT_RELS = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
  + '</Relationships>';

const WORKBOOK_RELS = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">`
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
  + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  + '</Relationships>';

/** Two cell formats: 0 the default, 1 bold for the header row. */
const STYLES = `${XML_DECL}<styleSheet xmlns="${NS}">`
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

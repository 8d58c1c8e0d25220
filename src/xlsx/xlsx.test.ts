import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildZip, spreadsheetProgramFile } from './fixtures.js';
import { XmlReader } from './xml.js';
import { columnName, looksLikeXls, looksLikeZip, readFirstSheet, xlsxBuffer, xlsxStream, XlsxError, type Cell } from './index.js';

const HEADER = ['text', 'number', 'empty', 'flag'];

async function refusal(bytes: Buffer, limits?: Parameters<typeof readFirstSheet>[1]): Promise<XlsxError> {
  try {
    await readFirstSheet(bytes, limits);
  } catch (err) {
    if (err instanceof XlsxError) return err;
    throw err;
  }
  throw new Error('the file was read');
}

describe('writing and reading back', () => {
  it('keeps strings with XML specials, escape look-alikes, line breaks and unicode; numbers as numbers; empty cells empty', async () => {
    const rows: Cell[][] = [
      ['a & b <c> "d" \'e\' ]]>', 41.5, null, true],
      ['twee\r\nregels\tmet tab', -3, '', false],
      [' padded ', 0.0000001, undefined, null],
      ['_x0041_ is no escape', 1e21, null, null],
      ['Ünïcödé € ✓ 𝄞 日本', 123456789.125, null, null],
      ['control \u0001\u001f chars', 0, null, null],
      ['2025', 2025, null, null],
    ];
    const sheet = await readFirstSheet(await xlsxBuffer({ name: 'round trip', header: HEADER, rows }));
    expect(sheet.name).toBe('round trip');
    expect(sheet.rows[0]).toEqual({ row: 1, cells: HEADER });
    expect(sheet.rows.slice(1).map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const back = sheet.rows.slice(1).map((r) => r.cells);
    expect(back[0]).toEqual(['a & b <c> "d" \'e\' ]]>', 41.5, null, true]);
    expect(back[1]).toEqual(['twee\r\nregels\tmet tab', -3, null, false]);
    expect(back[2]).toEqual([' padded ', 0.0000001]);
    expect(back[3]).toEqual(['_x0041_ is no escape', 1e21]);
    expect(back[4]).toEqual(['Ünïcödé € ✓ 𝄞 日本', 123456789.125]);
    expect(back[5]).toEqual(['control \u0001\u001f chars', 0]);
    // Text that looks like a number stays text; only a number cell is a number.
    expect(back[6]).toEqual(['2025', 2025]);
  });

  it('writes a valid package: content types, relationships, a frozen bold header, cell references', async () => {
    const { ZipArchive } = await import('./zip-read.js');
    const bytes = await xlsxBuffer({ name: 'a/b:c*?[d]', header: ['x'], rows: [[1]] });
    expect(looksLikeZip(bytes)).toBe(true);
    const zip = new ZipArchive(bytes, { maxEntries: 10, maxUnpackedBytes: 1e6 });
    expect(zip.names()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    expect(zip.read('xl/workbook.xml').toString()).toContain('<sheet name="a-b-c---d-" sheetId="1" r:id="rId1"/>');
    const sheet = zip.read('xl/worksheets/sheet1.xml').toString();
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>x</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>');
  });

  it('streams: the first bytes leave before the last row is produced', async () => {
    let produced = 0;
    async function* rows() {
      for (let i = 0; i < 200_000; i++) { produced++; yield [`row ${i} ${'x'.repeat(i % 50)}`, i, i % 7 === 0 ? null : 'medium'] as Cell[]; }
    }
    const chunks: Buffer[] = [];
    let producedAtFirstSheetChunk = -1;
    for await (const chunk of xlsxStream({ name: 'big', header: ['a', 'b', 'c'], rows: rows() })) {
      chunks.push(chunk as Buffer);
      if (producedAtFirstSheetChunk < 0 && produced > 0) producedAtFirstSheetChunk = produced;
    }
    expect(producedAtFirstSheetChunk).toBeGreaterThan(0);
    expect(producedAtFirstSheetChunk).toBeLessThan(200_000);
    const sheet = await readFirstSheet(Buffer.concat(chunks));
    expect(sheet.rows).toHaveLength(200_001);
    expect(sheet.rows[200_000]).toEqual({ row: 200_001, cells: ['row 199999 ' + 'x'.repeat(199_999 % 50), 199_999, 'medium'] });
    expect(sheet.rows[1]!.cells).toEqual(['row 0 ', 0]);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('the XML reader', () => {
  it('gives the same events however the document is cut into pieces', () => {
    const doc = '<?xml version="1.0" encoding="utf-8"?>\r\n<!-- note --><a x:k="1 > 0 &amp; &#x41;" b=\'q\'><b>t&lt;e&#233;xt\r\nnext&#13;</b><![CDATA[<raw> & ]]><c/></a>\n';
    const events = (pieces: string[]) => {
      const out: string[] = [];
      const reader = new XmlReader({
        open: (name, attrs, selfClosing) => out.push(`<${name} ${JSON.stringify(attrs)}${selfClosing ? '/' : ''}>`),
        close: (name) => out.push(`</${name}>`),
        // Text may arrive in parts: join it to the text just before.
        text: (value) => { if (out.length && out[out.length - 1]!.startsWith('text:')) out[out.length - 1] += value; else out.push(`text:${value}`); },
      });
      for (const p of pieces) reader.feed(p);
      reader.end();
      return out;
    };
    const whole = events([doc]);
    expect(whole).toEqual(['<a {"k":"1 > 0 & A","b":"q"}>', '<b {}>', 'text:t<eéxt\nnext\r', '</b>', 'text:<raw> & ', '<c {}/>', '</c>', '</a>']);
    expect(events([...doc])).toEqual(whole);
    for (let cut = 1; cut < doc.length; cut++) expect(events([doc.slice(0, cut), doc.slice(cut)]), `cut at ${cut}`).toEqual(whole);
  });
});

describe('reading what a spreadsheet program saves', () => {
  const strings = [
    'kpi', 'period', 'value', 'note',
    'demo-kpi',
    '<r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text</t></r><rPh sb="0" eb="1"><t>フリ</t></rPh>',
    'line_x000D_\nbreak &amp; more',
    '',
  ];
  const sheetData = [
    '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
    // Row 2 is missing altogether; row 3 skips column B and has a styled empty cell.
    '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="C3" s="3"><v>1.2E-3</v></c><c r="D3" s="3"/><c r="F3" t="s"><v>5</v></c></row>',
    // Cells without a reference follow each other; formulas give their cached result.
    '<row r="4"><c t="str"><f>A3</f><v>demo-kpi</v></c><c t="b"><v>1</v></c><c><v>7</v></c><c t="e"><v>#N/A</v></c></row>',
    '<row r="5"><c r="A5" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B5" s="1"><v>45536</v></c><c r="C5" s="2"><v>45536.5</v></c><c r="D5" t="s"><v>6</v></c></row>',
    '<row r="6"><c r="A6" t="s"><v>7</v></c><c r="B6"/></row>',
    '<row r="9"><c r="AA9"><v>-0</v></c></row>',
  ].join('');

  it('reads shared and inline strings, sparse rows and cells, numbers, booleans, formula results and dates', async () => {
    const sheet = await readFirstSheet(spreadsheetProgramFile(sheetData, strings));
    expect(sheet.name).toBe('Metingen');
    expect(sheet.rows.map((r) => r.row)).toEqual([1, 3, 4, 5, 9]);
    expect(sheet.rows[0]!.cells).toEqual(['kpi', 'period', 'value', 'note']);
    expect(sheet.rows[1]!.cells).toEqual(['demo-kpi', null, 0.0012, null, null, 'rich text']);
    expect(sheet.rows[2]!.cells).toEqual(['demo-kpi', true, 7, '#N/A']);
    expect(sheet.rows[3]!.cells).toEqual(['inline', '2024-09-01', '2024-09-01T12:00:00', 'line\r\nbreak & more']);
    expect(sheet.rows[4]!.cells).toHaveLength(27);
    expect(sheet.rows[4]!.cells[26]).toBe(-0);
  });

  it('reads the 1904 date system and namespace-prefixed sheet XML', async () => {
    const prefixed = '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
      + '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const sheet = await readFirstSheet(spreadsheetProgramFile('', strings, { sheetXml: prefixed, date1904: true }));
    expect(sheet.rows).toEqual([{ row: 1, cells: ['kpi', '1904-01-01'] }]);
  });
});

describe('refusing files that are not safe or not workbooks', () => {
  const valid = () => xlsxBuffer({ name: 's', header: ['a'], rows: [['b']] });

  it('refuses a file that is no ZIP archive, and one that is cut short', async () => {
    expect((await refusal(Buffer.from('kpi,period\nx,2025\n'))).code).toBe('notZip');
    const bytes = await valid();
    expect((await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)))).code).toBe('corrupt');
    expect((await refusal(bytes.subarray(0, 10))).code).toBe('corrupt');
    const damaged = Buffer.from(bytes);
    damaged.writeUInt32LE(0xdeadbeef, damaged.length - 6); // the central directory's offset
    expect((await refusal(damaged)).code).toBe('corrupt');
    expect(looksLikeXls(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
  });

  it('refuses a ZIP bomb: an entry that unpacks to more than it declares, or declares more than the limit', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const lying = buildZip([{ name: 'xl/workbook.xml', data: zeros, declaredSize: 1000 }]);
    expect(lying.length).toBeLessThan(100_000);
    expect((await refusal(lying)).code).toBe('tooLarge');
    const lyingRels = buildZip([{ name: '_rels/.rels', data: zeros, declaredSize: 1000 }]);
    expect((await refusal(lyingRels)).code).toBe('tooLarge');
    const honest = buildZip([{ name: '_rels/.rels', data: zeros }]);
    expect((await refusal(honest, { maxEntries: 10, maxUnpackedBytes: 10 * 1024 * 1024 })).code).toBe('tooLarge');
    // Declares 3 GiB: refused before a byte is unpacked.
    const huge = buildZip([{ name: '_rels/.rels', data: 'x', declaredSize: 3 * 1024 ** 3 }]);
    expect((await refusal(huge)).code).toBe('tooLarge');
  });

  it('refuses a sheet whose far-right cells would claim far more memory than the file is large', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    const sparse = spreadsheetProgramFile('', ['a'], { sheetXml: `<worksheet><sheetData>${rows}</sheetData></worksheet>` });
    expect((await refusal(sparse)).code).toBe('tooLarge');
    // One far cell, or many cells as dense as a table, are fine.
    const one = spreadsheetProgramFile('', ['a'], { sheetXml: '<worksheet><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>' });
    expect((await readFirstSheet(one)).rows[0]!.cells).toHaveLength(16_384);
  });

  it('reads text that spans the pieces the XML is parsed in, and refuses a section that never ends', async () => {
    const long = `${'lang & breed '.repeat(300_000)}€`;
    const xml = `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>${long.replace(/&/g, '&amp;')}</t></is></c></row></sheetData></worksheet>`;
    expect((await readFirstSheet(spreadsheetProgramFile('', ['a'], { sheetXml: xml }))).rows[0]!.cells[0]).toBe(long);
    const endless = `<worksheet><sheetData><!--${'x'.repeat(6 * 1024 * 1024)}</sheetData></worksheet>`;
    expect((await refusal(spreadsheetProgramFile('', ['a'], { sheetXml: endless }))).code).toBe('xml');
  });

  it('refuses too many entries, encryption, unknown compression, a wrong checksum', async () => {
    const many = buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `f${i}`, data: 'x' })));
    expect((await refusal(many, { maxEntries: 10, maxUnpackedBytes: 1e6 })).code).toBe('tooManyEntries');
    expect((await refusal(buildZip([{ name: '_rels/.rels', data: 'x', flags: 1 }]))).code).toBe('unsupported');
    expect((await refusal(buildZip([{ name: '_rels/.rels', data: deflateRawSync('x'), method: 12 }]))).code).toBe('unsupported');
    expect((await refusal(buildZip([{ name: '_rels/.rels', data: '<a/>', crc: 1 }]))).code).toBe('corrupt');
    expect((await refusal(buildZip([{ name: 'readme.txt', data: 'hello' }]))).code).toBe('notWorkbook');
  });

  it('refuses DOCTYPE and entity declarations, unknown entities and malformed XML', async () => {
    const withSheet = (xml: string) => spreadsheetProgramFile('', ['a'], { sheetXml: xml });
    const doctype = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet><sheetData/></worksheet>';
    expect((await refusal(withSheet(doctype))).code).toBe('dtd');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>'))).code).toBe('dtd');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="1"><c><v>1</v></row></sheetData></worksheet>'))).code).toBe('xml');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="1">'))).code).toBe('xml');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="2"/><row r="1"/></sheetData></worksheet>'))).code).toBe('xml');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData></worksheet>'))).code).toBe('xml');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="1"><c t="s"><v>99</v></c></row></sheetData></worksheet>'))).code).toBe('xml');
    expect((await refusal(withSheet('<worksheet><sheetData><row r="1"><c><v>abc</v></c></row></sheetData></worksheet>'))).code).toBe('xml');
    expect((await refusal(withSheet('<?xml version="1.0" encoding="UTF-16"?><worksheet/>'))).code).toBe('unsupported');
    expect((await refusal(withSheet('<worksheet a=1/>'))).code).toBe('xml');
    expect((await refusal(withSheet('<worksheet>a & b</worksheet>'))).code).toBe('xml');
  });
});

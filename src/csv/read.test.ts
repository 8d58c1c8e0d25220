import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './read.js';

describe('reading CSV as spreadsheets write it', () => {
  it('finds the separator from the header line, also with the other one inside quotes', () => {
    expect(detectSeparator('dimension;code;position')).toBe(';');
    expect(detectSeparator('dimension,code,position')).toBe(',');
    expect(detectSeparator('"a;b;c",d,e\n')).toBe(',');
    expect(detectSeparator('a;b\n"c,d,e,f"')).toBe(';');
  });

  it('reads quoted fields with separators, quotes and line breaks, and skips a byte order mark', () => {
    const { records, problems } = parseCsv('\ufeffa;b\r\n"x;1";"say ""hi""\nthere"\r\nlast;one', { separator: ';' });
    expect(problems).toEqual([]);
    expect(records).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x;1', 'say "hi"\nthere'] }, { line: 4, fields: ['last', 'one'] }]);
  });

  it('skips rows whose fields are all blank, as a spreadsheet writes them below its data', () => {
    const { records } = parseCsv('a,b\n\n,\n , \nc,d\n,,,\n');
    expect(records).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 5, fields: ['c', 'd'] }]);
  });

  it('names broken quoting by the line its record starts on, and reads on', () => {
    const { records, problems } = parseCsv('a,b\n"open,b\n');
    expect(records).toEqual([{ line: 1, fields: ['a', 'b'] }]);
    expect(problems).toEqual([{ line: 2, code: 'unclosedQuote', message: 'a quoted field is not closed' }]);
    const after = parseCsv('"a"b,c\nd,e\n');
    expect(after.problems).toEqual([{ line: 1, code: 'textAfterQuote', message: 'text follows a closing quote' }]);
    expect(after.records).toEqual([{ line: 2, fields: ['d', 'e'] }]);
  });

  it('keeps a quote inside an unquoted field as text, unless told to be strict', () => {
    expect(parseCsv('5" screen,b\n').records[0]?.fields).toEqual(['5" screen', 'b']);
    const strict = parseCsv('5" screen,b\nc,d\n', { strictQuotes: true });
    expect(strict.problems).toEqual([{ line: 1, code: 'quoteInUnquotedField', message: 'a quote inside a field that is not quoted' }]);
    expect(strict.records).toEqual([{ line: 2, fields: ['c', 'd'] }]);
  });
});

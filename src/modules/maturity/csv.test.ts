import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, parseFlag } from './csv.js';
import { finalPositions, readQuestionRows } from './question-rows.js';

const HEADER = 'dimension;code;position;text_nl;text_en;help_nl;help_en;quick_scan;critical_from;not_applicable_allowed';

describe('reading a question list from a spreadsheet file', () => {
  it('reads the file with the separator of its header line', () => {
    const { records, problems } = parseCsv(`${HEADER}\r\n"x;1";b\r\n;;;\r\n`, detectSeparator(HEADER));
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields.length)).toEqual([10, 2]);
    expect(records[1]!.fields[0]).toBe('x;1');
  });

  it('takes yes and no in Dutch and English', () => {
    expect(['ja', 'Yes', 'TRUE', '1', 'x'].map(parseFlag)).toEqual([true, true, true, true, true]);
    expect(['nee', 'no', '', '0'].map(parseFlag)).toEqual([false, false, false, false]);
    expect(parseFlag('misschien')).toBeNull();
  });

  it('names every problem of every row with its line and column', () => {
    const text = [
      HEADER,
      'data;data-one;1;Tekst;Text;;;ja;;nee',
      'nowhere;Bad Code;zero;;Text;;;perhaps;7;nee',
      'data;data-one;2;Tekst;Text;;;no;;no',
      'data;short',
    ].join('\n');
    const { rows, problems } = readQuestionRows(text, ['data', 'audience']);
    expect(rows.map((r) => r.code)).toEqual(['data-one']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'dimension'], [3, 'code'], [3, 'position'], [3, 'text_nl'], [3, 'quick_scan'], [3, 'critical_from'],
      [4, 'code'], [5, null],
    ]);
    expect(problems[6]!.message).toContain('line 2');
  });

  it('refuses a header with unknown or missing columns before reading any row', () => {
    const { problems } = readQuestionRows('dimension;code;text;extra\ndata;x;y;z\n', ['data']);
    expect(problems.every((p) => p.line === 1)).toBe(true);
    expect(problems.map((p) => p.column)).toEqual(['text', 'extra', null]);
    expect(problems.at(-1)!.message).toContain('missing column(s): position, text_nl');
    expect(readQuestionRows('', ['data']).problems[0]!.message).toContain('empty');
    expect(readQuestionRows(HEADER + '\n', ['data']).problems[0]!.message).toContain('no questions');
  });

  it('orders each dimension by position, then by the order of the file', () => {
    const text = [HEADER, 'data;c;;C;C;;;no;;no', 'data;b;2;B;B;;;no;;no', 'audience;z;5;Z;Z;;;no;;no', 'data;a;1;A;A;;;no;;no'].join('\n');
    const { rows } = readQuestionRows(text, ['data', 'audience']);
    expect(Object.fromEntries(finalPositions(rows))).toEqual({ a: 1, b: 2, c: 3, z: 1 });
  });
});

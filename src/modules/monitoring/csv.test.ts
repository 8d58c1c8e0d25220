import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from './constants.js';
import { csvLine, formatNumber, parseCsv, parseNumber } from './csv.js';
import { frequencyOf, periodEnd, periodStart } from './periods.js';
import { checkFile, type KpiRef } from './rows.js';

const kpis = new Map<string, KpiRef>([
  ['annual-kpi', { id: 1, code: 'annual-kpi', unit: '%', frequency: 'annual', retired: false, version: 1 }],
  ['quarterly-kpi', { id: 2, code: 'quarterly-kpi', unit: 'count', frequency: 'quarterly', retired: false, version: 1 }],
  ['monthly-kpi', { id: 3, code: 'monthly-kpi', unit: 'days', frequency: 'monthly', retired: false, version: 1 }],
  ['old-kpi', { id: 4, code: 'old-kpi', unit: '%', frequency: 'annual', retired: true, version: 3 }],
]);
const header = CSV_COLUMNS.join(',') + '\r\n';

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and counts lines', () => {
    const { records, problems } = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,,\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
      { line: 4, fields: ['last', '', ''] },
    ]);
  });

  it('skips a byte order mark and blank lines, and names broken quoting by line', () => {
    const { records, problems } = parseCsv('\ufeffa,b\n\n"open,b\n');
    expect(records[0]).toEqual({ line: 1, fields: ['a', 'b'] });
    expect(problems).toEqual([{ line: 3, code: 'unclosedQuote', message: 'a quoted field is not closed' }]);
    expect(parseCsv('a"b,c\n').problems[0]?.message).toContain('quote inside');
    expect(parseCsv('"a"b,c\n').problems[0]?.message).toContain('follows a closing quote');
  });

  it('writes what it reads back', () => {
    const values = ['plain', 'with, comma', 'with "quote"', 'multi\nline', ' padded ', 'ünïcödé €', ''];
    expect(parseCsv(csvLine(values)).records[0]?.fields).toEqual(values);
  });

  it('writes numbers in plain decimal notation and reads only decimal points', () => {
    expect(formatNumber(0.0000001)).toBe('0.0000001');
    expect(formatNumber(41.5)).toBe('41.5');
    expect(formatNumber(-3)).toBe('-3');
    expect(parseNumber('41.5')).toBe(41.5);
    expect(parseNumber('1e3')).toBe(1000);
    for (const bad of ['41,5', '1.000,5', 'twelve', '', '1 000', 'NaN', 'Infinity']) expect(parseNumber(bad), bad).toBeNull();
  });
});

describe('periods', () => {
  it('accepts only the KPI frequency\'s format and derives the first day', () => {
    expect(periodStart('annual', '2025')).toBe('2025-01-01');
    expect(periodStart('quarterly', '2025-Q3')).toBe('2025-07-01');
    expect(periodStart('monthly', '2025-09')).toBe('2025-09-01');
    expect(periodStart('annual', '2025-Q3')).toBeNull();
    expect(periodStart('quarterly', '2025-Q5')).toBeNull();
    expect(periodStart('monthly', '2025-13')).toBeNull();
    expect(periodStart('monthly', '2025-9')).toBeNull();
    expect(periodStart('annual', '1899')).toBeNull();
    expect(frequencyOf('2025-Q2')).toBe('quarterly');
  });

  it('knows where a period ends', () => {
    expect(periodEnd('annual', '2025-01-01')).toBe('2025-12-31');
    expect(periodEnd('quarterly', '2025-10-01')).toBe('2025-12-31');
    expect(periodEnd('monthly', '2024-02-01')).toBe('2024-02-29');
  });
});

describe('checking an import file', () => {
  it('accepts a valid file and defaults an empty confidence to medium', async () => {
    const file = header + 'annual-kpi,2025,41.5,%,heritage,antwerpen,survey,high,\r\nquarterly-kpi,2025-Q2,12,count,,,,,"a note, with comma"\r\n';
    const checked = await checkFile(file, kpis);
    expect(checked.errors).toEqual([]);
    expect(checked.rows).toHaveLength(2);
    expect(checked.rows[1]).toMatchObject({ kpiId: 2, periodStart: '2025-04-01', value: 12, confidence: 'medium', note: 'a note, with comma' });
  });

  it('names every bad row by its line and reason', async () => {
    const lines = [
      'nope,2025,1,%,,,,,',                     // 2 unknown KPI
      'annual-kpi,2025-Q1,1,%,,,,,',            // 3 period of another frequency
      'monthly-kpi,2025-13,1,days,,,,,',        // 4 bad month
      'annual-kpi,2024,12;5,%,,,,,',            // 5 not a number
      'annual-kpi,2023,1,count,,,,,',           // 6 unit mismatch
      'annual-kpi,2022,1,%,theatre,,,,',        // 7 unknown subsector
      'annual-kpi,2021,1,%,,gent,,,',           // 8 unknown province
      'annual-kpi,2020,1,%,,,,sure,',           // 9 bad confidence
      'annual-kpi,2019,1,%,,,,,',               // 10 fine
      'annual-kpi,2019,2,%,,,,,',               // 11 duplicate of 10
      'annual-kpi,2018,1,%',                    // 12 too few fields
      'old-kpi,2018,1,%,,,,,',                  // 13 retired KPI
    ];
    const checked = await checkFile(header + lines.join('\n') + '\n', kpis);
    const byLine = Object.fromEntries(checked.errors.map((e) => [e.line, e.code]));
    expect(byLine).toEqual({
      2: 'unknownKpi', 3: 'period', 4: 'period', 5: 'number', 6: 'unitMismatch', 7: 'unknownSubsector', 8: 'unknownProvince',
      9: 'confidence', 11: 'duplicate', 12: 'columns', 13: 'retiredKpi',
    });
    expect(checked.errors.find((e) => e.line === 3)?.message).toContain('2025-Q1 is not a annual period');
    expect(checked.errors.find((e) => e.line === 11)?.message).toContain('line 10');
    expect(checked.errorCount).toBe(11);
  });

  it('refuses a file whose header is not the export\'s', async () => {
    const checked = await checkFile('kpi;period;value\nannual-kpi;2025;1\n', kpis);
    expect(checked.errors).toHaveLength(1);
    expect(checked.errors[0]).toMatchObject({ line: 1, code: 'header' });
    expect((await checkFile('', kpis)).errors[0]?.code).toBe('empty');
    expect((await checkFile(header, kpis)).errors[0]?.code).toBe('empty');
  });
});

import { describe, expect, it } from 'vitest';
import { formatEuro, formatFigure, formatPercent, formatWholeEuro, LOCALE, rememberingBrusselsDate, formatDay, formatMoment } from './formats.js';

describe('formatFigure', () => {
  const intl = (lang: 'nl' | 'en', v: number) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(v);

  it('writes what Intl writes, in each language, the first time and when it was seen before', () => {
    const values = [0, -0, 1, 2.5, 3.25, 0.125, 1234.5, -7.891, 1e9, Number.NaN, Number.POSITIVE_INFINITY];
    for (const round of [1, 2]) {
      for (const lang of ['nl', 'en'] as const) {
        for (const v of values) expect(formatFigure(lang, v), `${lang} ${v} round ${round}`).toBe(intl(lang, v));
      }
    }
    expect(formatFigure('nl', 2.5)).toBe('2,5');
    expect(formatFigure('en', 2.5)).toBe('2.5');
    // 0 seen first does not make -0 read as 0, nor the other way round.
    expect(formatFigure('nl', -0)).toBe(intl('nl', -0));
    expect(formatFigure('nl', 0)).toBe('0');
  });

  it('stays right past its bound, with many distinct figures', () => {
    for (let i = 0; i < 45_000; i++) {
      const v = i / 4;
      const lang = i % 2 ? 'en' : 'nl';
      if (i % 997 === 0) expect(formatFigure(lang, v)).toBe(intl(lang, v));
      else formatFigure(lang, v);
    }
    expect(formatFigure('nl', 10_000.25)).toBe(intl('nl', 10_000.25));
  });
});

describe('the other remembering formats', () => {
  it('write what Intl writes with their options, in each language, the first time and when seen before', () => {
    const cases = [
      [formatEuro, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }],
      [formatWholeEuro, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }],
      [formatPercent, { style: 'percent', maximumFractionDigits: 0 }],
    ] as const;
    for (const [format, options] of cases) {
      for (const round of [1, 2]) {
        for (const lang of ['nl', 'en'] as const) {
          for (const v of [0, -0, 0.5, 1250, 1250.5, -3.999, 0.256]) {
            expect(format(lang, v), `${JSON.stringify(options)} ${lang} ${v} round ${round}`).toBe(new Intl.NumberFormat(LOCALE[lang], options).format(v));
          }
        }
      }
    }
    expect(formatEuro('nl', 1250)).not.toBe(formatEuro('en', 1250));
  });
});

describe('rememberingBrusselsDate', () => {
  it('writes the Brussels date Intl writes, around midnight and the clock changes, the first time and when seen before', () => {
    const options = { day: 'numeric', month: 'short', year: 'numeric' } as const;
    const write = rememberingBrusselsDate(options, 50);
    const intl = (lang: 'nl' | 'en', d: Date) => new Intl.DateTimeFormat(lang === 'nl' ? 'nl-BE' : 'en-GB', { ...options, timeZone: 'Europe/Brussels' }).format(d);
    // Every quarter of an hour over the spring and autumn changes and a new year's eve.
    const starts = ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z', '2025-12-30T12:00:00Z'];
    let seen = 0;
    for (const lang of ['nl', 'en'] as const) {
      for (const start of starts) {
        for (let q = 0; q < 4 * 72; q++) {
          const d = new Date(Date.parse(start) + q * 15 * 60_000);
          expect(write(lang, d), `${lang} ${d.toISOString()}`).toBe(intl(lang, d));
          expect(write(lang, d)).toBe(intl(lang, d));
          seen++;
        }
      }
    }
    expect(seen).toBe(2 * 3 * 288);
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(write('en', new Date('2025-12-31T23:30:00Z'))).toBe('1 Jan 2026');
  });
});

describe('formatDay and formatMoment', () => {
  it('reads a date column as it stands and a moment as its day in Brussels', () => {
    expect(formatDay('nl', '2026-03-03')).toBe('3 maart 2026');
    expect(formatDay('en', '2026-03-03')).toBe('3 March 2026');
    // 23:30 UTC on 2 March is 00:30 on 3 March in Brussels (winter time); the UTC text says the 2nd.
    expect(formatDay('nl', '2026-03-02T23:30:00.000Z')).toBe('3 maart 2026');
    // 22:30 UTC in summer is 00:30 the next day; 21:30 UTC is still the same day.
    expect(formatDay('nl', '2026-07-14T22:30:00.000Z')).toBe('15 juli 2026');
    expect(formatDay('nl', '2026-07-14T21:30:00.000Z')).toBe('14 juli 2026');
    expect(formatDay('nl', '2026-03-03', 'short')).toBe('3 mrt 2026');
  });

  it('writes a moment in Brussels time', () => {
    expect(formatMoment('nl', '2026-03-29T01:30:00.000Z')).toBe('29 maart 2026 om 03:30');
    expect(formatMoment('en', '2026-12-31T23:05:00.000Z')).toBe('1 January 2027 at 00:05');
  });
});

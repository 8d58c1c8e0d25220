import { describe, expect, it } from 'vitest';
import { brusselsDate } from './dates.js';

describe('the date in Brussels', () => {
  it('turns at local midnight in winter (UTC+1) and in summer (UTC+2), also when asked within the same hour before', () => {
    expect(brusselsDate(new Date('2026-01-14T22:59:59.999Z'))).toBe('2026-01-14');
    expect(brusselsDate(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(brusselsDate(new Date('2026-01-14T23:59:00Z'))).toBe('2026-01-15');
    expect(brusselsDate(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    // Going back in time within one cached hour and to another hour.
    expect(brusselsDate(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(brusselsDate(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(brusselsDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(brusselsDate(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
  });
});

import { describe, expect, it } from 'vitest';
import { brusselsDate, formatDateTime, fromBrusselsLocal, toBrusselsIso, toBrusselsLocal } from './time.js';

describe('Brussels time', () => {
  it('reads a wall-clock time in winter and in summer', () => {
    expect(fromBrusselsLocal('2026-03-19T14:00')!.toISOString()).toBe('2026-03-19T13:00:00.000Z');
    expect(fromBrusselsLocal('2026-06-18T14:00')!.toISOString()).toBe('2026-06-18T12:00:00.000Z');
  });

  it('handles the days the clock changes', () => {
    expect(fromBrusselsLocal('2026-03-29T01:30')!.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(fromBrusselsLocal('2026-03-29T03:30')!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(fromBrusselsLocal('2026-10-25T12:00')!.toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('refuses what is no time', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', 'tomorrow', '2026-01-01']) expect(fromBrusselsLocal(bad)).toBeNull();
  });

  it('shows an instant on a Brussels clock, whatever the server zone', () => {
    const d = new Date('2026-06-18T12:00:00Z');
    expect(toBrusselsLocal(d)).toBe('2026-06-18T14:00');
    expect(toBrusselsIso(d)).toBe('2026-06-18T14:00:00+02:00');
    expect(toBrusselsIso(new Date('2026-12-10T13:00:00Z'))).toBe('2026-12-10T14:00:00+01:00');
    expect(brusselsDate(new Date('2026-03-19T23:30:00Z'))).toBe('2026-03-20');
    expect(formatDateTime(d, 'nl')).toContain('14:00');
    expect(formatDateTime(d, 'en')).toContain('18 June 2026');
  });

  it('round-trips every hour of a year', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 60 * 60000) {
      const d = new Date(t);
      const local = toBrusselsLocal(d);
      // In the autumn hour that happens twice, the wall clock cannot tell which one is meant.
      if (local.startsWith('2026-10-25T02:')) continue;
      expect(fromBrusselsLocal(local)!.getTime()).toBe(t);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { brusselsLocalKind, brusselsOffsetMinutes, formatBrussels, parseBrusselsLocal, toBrusselsLocal } from './tz.js';

describe('Brussels time', () => {
  it('reads winter and summer times with their own offset', () => {
    expect(parseBrusselsLocal('2027-03-15T17:00')!.toISOString()).toBe('2027-03-15T16:00:00.000Z');
    expect(parseBrusselsLocal('2027-07-01 17:00')!.toISOString()).toBe('2027-07-01T15:00:00.000Z');
    expect(brusselsOffsetMinutes(new Date('2027-01-10T12:00:00Z'))).toBe(60);
    expect(brusselsOffsetMinutes(new Date('2027-07-10T12:00:00Z'))).toBe(120);
  });

  it('moves a time in the spring gap forward by the gap (2027-03-28 02:30 does not exist)', () => {
    expect(brusselsLocalKind('2027-03-28T02:30')).toBe('gap');
    expect(parseBrusselsLocal('2027-03-28T02:30')!.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(toBrusselsLocal(parseBrusselsLocal('2027-03-28T02:30')!)).toBe('2027-03-28T03:30');
    // Either side of the gap is an ordinary time.
    expect(brusselsLocalKind('2027-03-28T01:59')).toBe('valid');
    expect(parseBrusselsLocal('2027-03-28T01:59')!.toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(parseBrusselsLocal('2027-03-28T03:00')!.toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('takes the earlier instant for a time that exists twice (2026-10-25 02:30)', () => {
    expect(brusselsLocalKind('2026-10-25T02:30')).toBe('ambiguous');
    expect(parseBrusselsLocal('2026-10-25T02:30')!.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(parseBrusselsLocal('2026-10-25T03:00')!.toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(toBrusselsLocal(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30');
  });

  it('refuses what is not a date and time', () => {
    for (const bad of ['', '2027-02-30T10:00', '2027-13-01T10:00', '2027-01-01T24:00', '15/03/2027 17:00', '2027-01-01']) {
      expect(parseBrusselsLocal(bad), bad).toBeNull();
      expect(brusselsLocalKind(bad), bad).toBeNull();
    }
  });

  it('shows an instant with the zone named, in both languages', () => {
    const closes = parseBrusselsLocal('2027-03-15T17:00')!;
    expect(formatBrussels(closes, 'nl')).toBe('15 maart 2027 om 17:00 (Brussel)');
    expect(formatBrussels(closes, 'en')).toBe('15 March 2027 at 17:00 (Brussels)');
    expect(formatBrussels('2027-03-28T01:30:00Z', 'nl')).toBe('28 maart 2027 om 03:30 (Brussel)');
  });
});

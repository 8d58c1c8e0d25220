import { describe, expect, it } from 'vitest';
import { evaluate, targetFor } from './summary.js';

describe('KPI standing', () => {
  const baseline = { value: 20, date: '2021-01-01' };
  const target = { year: 2025, value: 40 };

  it('is reached when the latest value meets the target, in the direction of improvement', () => {
    expect(evaluate({ direction: 'increase', baseline, target, latest: { value: 41, periodEnd: '2024-12-31' } }).status).toBe('reached');
    expect(evaluate({ direction: 'decrease', baseline: { value: 14, date: '2024-01-31' }, target: { year: 2026, value: 7 }, latest: { value: 6.5, periodEnd: '2026-03-31' } }).status).toBe('reached');
  });

  it('is on track on or above the line from baseline to target, behind below it', () => {
    // Halfway through 2021-01-01 .. 2025-12-31 the line stands at 30.
    const mid = '2023-07-02';
    expect(evaluate({ direction: 'increase', baseline, target, latest: { value: 31, periodEnd: mid } })).toMatchObject({ status: 'on_track', onTrack: true });
    expect(evaluate({ direction: 'increase', baseline, target, latest: { value: 28, periodEnd: mid } })).toMatchObject({ status: 'behind', onTrack: false });
    expect(evaluate({ direction: 'decrease', baseline: { value: 14, date: '2024-01-01' }, target: { year: 2025, value: 10 }, latest: { value: 11.5, periodEnd: '2024-12-31' } }).status).toBe('on_track');
    expect(evaluate({ direction: 'decrease', baseline: { value: 14, date: '2024-01-01' }, target: { year: 2025, value: 10 }, latest: { value: 13, periodEnd: '2024-12-31' } }).status).toBe('behind');
  });

  it('is unknown without a measurement or a target, and behind without a baseline until reached', () => {
    expect(evaluate({ direction: 'increase', baseline, target: null, latest: { value: 1, periodEnd: '2024-12-31' } })).toEqual({ status: 'unknown', onTrack: null, expected: null });
    expect(evaluate({ direction: 'increase', baseline, target, latest: null }).status).toBe('unknown');
    expect(evaluate({ direction: 'increase', baseline: null, target, latest: { value: 39, periodEnd: '2024-12-31' } }).status).toBe('behind');
  });

  it('measures a year against its own target, else the next one', () => {
    const targets = [{ year: 2025, value: 1 }, { year: 2027, value: 3 }];
    expect(targetFor(targets, 2025)).toEqual({ year: 2025, value: 1 });
    expect(targetFor(targets, 2026)).toEqual({ year: 2027, value: 3 });
    expect(targetFor(targets, 2028)).toBeNull();
  });
});

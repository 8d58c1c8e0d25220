import { describe, expect, it } from 'vitest';
import { histogramOf, percentileOf, quantile } from './stats.js';

describe('order statistics over levels', () => {
  it('interpolates quartiles like percentile_cont', () => {
    const h = histogramOf([1, 2, 2, 3, 4, 5]);
    expect(quantile(h, 0.25)).toBe(2);
    expect(quantile(h, 0.5)).toBe(2.5);
    expect(quantile(h, 0.75)).toBe(3.75);
    expect(quantile(histogramOf([3]), 0.5)).toBe(3);
    expect(quantile(histogramOf([]), 0.5)).toBeNull();
  });

  it('places a level at the share below plus half the share equal, in whole percent', () => {
    const h = histogramOf([1, 2, 2, 3, 4, 5]);
    expect(percentileOf(h, 3)).toBe(58);
    expect(percentileOf(h, 0)).toBe(0);
    expect(percentileOf(h, 2)).toBe(33);
    expect(percentileOf(histogramOf([5, 5, 5, 5, 5]), 5)).toBe(50);
  });

  it('handles changes from -5 to +5', () => {
    const h = histogramOf([-1, 0, 1, 1, 2], -5);
    expect(quantile(h, 0.5)).toBe(1);
    expect(quantile(h, 0.25)).toBe(0);
  });
});

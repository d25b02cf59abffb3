import { describe, expect, it } from 'vitest';
import { welchInterval, type GroupSums } from '../../../electron/core/insights/difference';

const sums = (xs: number[]): GroupSums => ({ n: xs.length, sum: xs.reduce((a, b) => a + b, 0), squares: xs.reduce((a, b) => a + b * b, 0) });

describe("Welch's interval for a difference of means", () => {
  it('matches the textbook figures for equal spreads (df 12, t 2.1788)', () => {
    // Reference: scipy.stats.ttest_ind(1..7, 4..10, equal_var=False).confidence_interval(0.95).
    const d = welchInterval(sums([1, 2, 3, 4, 5, 6, 7]), sums([4, 5, 6, 7, 8, 9, 10]));
    expect(d.estimate).toBe(-3);
    expect(d.low).toBeCloseTo(-5.515876, 5);
    expect(d.high).toBeCloseTo(-0.484124, 5);
  });

  it('widens for unequal spreads and sizes (Welch–Satterthwaite degrees of freedom)', () => {
    // Reference: scipy's Welch test on these groups: -2, CI -4.248692 to 0.248692, df 11.42.
    const d = welchInterval(sums([2, 3, 3, 4, 2, 3, 4, 3]), sums([1, 9, 2, 8, 3, 7, 1, 9, 2, 8, 5]));
    expect(d.estimate).toBe(-2);
    expect(d.low).toBeCloseTo(-4.248692, 4);
    expect(d.high).toBeCloseTo(0.248692, 4);
  });

  it('gives a zero-width interval when neither group varies, and refuses a group of one', () => {
    expect(welchInterval(sums([3, 3, 3]), sums([5, 5]))).toEqual({ estimate: -2, low: -2, high: -2 });
    expect(() => welchInterval(sums([3]), sums([5, 5]))).toThrow(/at least two/);
  });
});

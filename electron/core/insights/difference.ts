/// <reference path="./jstat.d.ts" />
import { jStat } from 'jstat';
import type { Difference } from './insight-types';

/** A group's size and sums, as SQLite aggregates them: count, sum and sum of squares. */
export interface GroupSums {
  n: number;
  sum: number;
  squares: number;
}

const mean = (g: GroupSums) => g.sum / g.n;

/** Sample variance from the sums; clamped at 0 against rounding. */
function variance(g: GroupSums): number {
  return Math.max(0, (g.squares - (g.sum * g.sum) / g.n) / (g.n - 1));
}

/**
 * Welch's t interval for the difference of two means: it does not assume both groups vary alike,
 * which days with and without a habit need not. Each group needs at least two values.
 */
export function welchInterval(a: GroupSums, b: GroupSums, confidence = 0.95): Difference {
  if (a.n < 2 || b.n < 2) throw new RangeError('each group needs at least two values');
  const estimate = mean(a) - mean(b);
  const va = variance(a) / a.n;
  const vb = variance(b) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { estimate, low: estimate, high: estimate };
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const margin = jStat.studentt.inv(1 - (1 - confidence) / 2, df) * se;
  return { estimate, low: estimate - margin, high: estimate + margin };
}

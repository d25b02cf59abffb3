import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { dayWords } from '../time';

/** The chart area inside every chart's viewBox; the SVG scales to its container's width. */
export const PLOT = { width: 640, height: 180, left: 36, right: 8, top: 8, bottom: 24 } as const;
export const PLOT_RIGHT = PLOT.width - PLOT.right;
export const PLOT_BOTTOM = PLOT.height - PLOT.bottom;

/** Maps `value` in [d0, d1] onto [r0, r1]. */
export const linear = (d0: number, d1: number, r0: number, r1: number) => (value: number) =>
  d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);

/** A round upper bound for a bar chart's axis: 1, 2, 5 × a power of ten. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

export const dayNumber = (day: string, from: string) => differenceInCalendarDays(parseISO(day), parseISO(from));
export const weekLabel = (week: string) => `week of ${dayWords(week, 'axis')}`;

/** Days to label on a date axis: Mondays for a month or less, else the 1st of months, at most ~8 labels. */
export function dayTicks(from: string, to: string): string[] {
  const total = dayNumber(to, from) + 1;
  const days = Array.from({ length: total }, (_, i) => format(addDays(parseISO(from), i), 'yyyy-MM-dd'));
  if (total <= 35) return days.filter((d) => parseISO(d).getDay() === 1);
  const firsts = days.filter((d) => d.endsWith('-01'));
  const step = Math.ceil(firsts.length / 8);
  return firsts.filter((_, i) => i % step === 0);
}

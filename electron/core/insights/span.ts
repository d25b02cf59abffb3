import { addDays, differenceInCalendarDays, format, parseISO, subMonths, subYears } from 'date-fns';
import { prepared, type Db } from '../db/open-database';
import type { DaySpan, InsightRange } from './insight-types';

const day = (d: Date) => format(d, 'yyyy-MM-dd');
/** Day arithmetic on calendar dates, never instants, so DST cannot shift a day. */
export const shiftDay = (key: string, days: number) => day(addDays(parseISO(key), days));

export function daysIn(span: DaySpan): number {
  return differenceInCalendarDays(parseISO(span.to), parseISO(span.from)) + 1;
}

/**
 * The days a range covers, ending on the person's `today`. "All" starts at the first day anything
 * was logged, so the charts do not open on years of nothing.
 */
export function spanOf(db: Db, range: InsightRange, today: string): DaySpan {
  const from = {
    '4-weeks': () => shiftDay(today, -27),
    '3-months': () => shiftDay(day(subMonths(parseISO(today), 3)), 1),
    '1-year': () => shiftDay(day(subYears(parseISO(today), 1)), 1),
    all: () => firstLoggedDay(db) ?? today,
  }[range]();
  return { from: from <= today ? from : today, to: today };
}

function firstLoggedDay(db: Db): string | null {
  return prepared<[], { first: string | null }>(db,
    `SELECT min(first) AS first FROM (
       SELECT min(local_day) AS first FROM episodes WHERE deleted_at IS NULL
       UNION ALL SELECT min(local_day) FROM activities WHERE deleted_at IS NULL
       UNION ALL SELECT min(local_day) FROM supplement_doses WHERE deleted_at IS NULL
       UNION ALL SELECT min(local_day) FROM food_entries WHERE deleted_at IS NULL
       UNION ALL SELECT min(day) FROM check_ins WHERE deleted_at IS NULL
       UNION ALL SELECT min(local_day) FROM reminder_events)`,
  ).get()!.first;
}

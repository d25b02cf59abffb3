import { ACTIVITY_KINDS, type ActivityKind } from '../journal/vocabulary';
import { prepared, type Db } from '../db/open-database';
import type { DaySpan, WeekTotals } from './insight-types';

interface Row {
  week: string;
  days: number;
  episodes: number;
  activity: string;
  done: number;
  snoozed: number;
  skipped: number;
  ignored: number;
}

// Monday of a local day's week: step back six days, then forward to the next Monday.
const WEEK_OF = (column: string) => `date(${column}, '-6 days', 'weekday 1')`;

/**
 * Every week of the range, including empty ones (an empty week is a real zero). Reads the day
 * sums of `summariseDays`; reminders are summed per day before days are folded into weeks, so
 * the date arithmetic runs once per day rather than once per entry.
 */
export function weeklyTotals(db: Db, span: DaySpan): WeekTotals[] {
  const rows = prepared<DaySpan, Row>(db,
    `WITH RECURSIVE weeks(week) AS (
       SELECT ${WEEK_OF('@from')}
       UNION ALL SELECT date(week, '+7 days') FROM weeks WHERE date(week, '+7 days') <= @to
     ),
     episode_weeks AS (
       SELECT ${WEEK_OF('day')} AS week, sum(episodes) AS episodes FROM temp.pain_days GROUP BY 1
     ),
     activity_weeks AS (
       SELECT week, json_group_object(kind, minutes) AS activity FROM (
         SELECT ${WEEK_OF('day')} AS week, kind, sum(minutes) AS minutes FROM temp.activity_days GROUP BY 1, 2
       ) GROUP BY week
     ),
     reminder_weeks AS (
       SELECT ${WEEK_OF('day')} AS week, sum(done) AS done, sum(snoozed) AS snoozed, sum(skipped) AS skipped, sum(ignored) AS ignored FROM (
         SELECT local_day AS day, sum(outcome = 'done') AS done, sum(outcome = 'snoozed') AS snoozed,
                sum(outcome = 'skipped') AS skipped, sum(outcome = 'ignored') AS ignored
         FROM reminder_events WHERE local_day BETWEEN @from AND @to GROUP BY local_day
       ) GROUP BY 1
     )
     SELECT w.week,
            CAST(julianday(min(date(w.week, '+6 days'), @to)) - julianday(max(w.week, @from)) + 1 AS INTEGER) AS days,
            coalesce(e.episodes, 0) AS episodes, coalesce(a.activity, '{}') AS activity,
            coalesce(r.done, 0) AS done, coalesce(r.snoozed, 0) AS snoozed,
            coalesce(r.skipped, 0) AS skipped, coalesce(r.ignored, 0) AS ignored
     FROM weeks w
     LEFT JOIN episode_weeks e USING (week)
     LEFT JOIN activity_weeks a USING (week)
     LEFT JOIN reminder_weeks r USING (week)
     ORDER BY w.week`,
  ).all(span);
  return rows.map((r) => {
    const logged = JSON.parse(r.activity) as Partial<Record<ActivityKind, number>>;
    return {
      week: r.week,
      days: r.days,
      episodes: r.episodes,
      activityMinutes: Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, logged[k] ?? 0])) as Record<ActivityKind, number>,
      reminders: { done: r.done, snoozed: r.snoozed, skipped: r.skipped, ignored: r.ignored },
    };
  });
}

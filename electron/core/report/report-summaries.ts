import { prepared, type Db } from '../db/open-database';
import type { DaySpan } from '../insights/insight-types';
import type { CheckInTrend, ReliefTried, TriggerNamed } from './report-types';

/** Each trigger named in the span's episodes: how often, and how bad those episodes were. */
export function triggersNamed(db: Db, span: DaySpan): TriggerNamed[] {
  return prepared<DaySpan, TriggerNamed>(db,
    `SELECT min(trim(t.value)) AS trigger, count(*) AS episodes, round(avg(e.intensity), 1) AS averagePain
     FROM episodes e, json_each(e.triggers) t
     WHERE e.deleted_at IS NULL AND e.local_day BETWEEN @from AND @to AND trim(t.value) != ''
     GROUP BY lower(trim(t.value)) ORDER BY episodes DESC, lower(trigger)`,
  ).all(span);
}

/**
 * Each relief tried in the span's episodes, with how much it helped as the person rated the
 * episode (one rating covers all relief tried that time, so a pair tried together shares it).
 */
export function reliefTried(db: Db, span: DaySpan): ReliefTried[] {
  const rows = prepared<DaySpan, { relief: string; times: number; h0: number; h1: number; h2: number; h3: number }>(db,
    `SELECT min(trim(r.value)) AS relief, count(*) AS times,
            sum(e.relief_helped = 0) AS h0, sum(e.relief_helped = 1) AS h1, sum(e.relief_helped = 2) AS h2, sum(e.relief_helped = 3) AS h3
     FROM episodes e, json_each(e.relief) r
     WHERE e.deleted_at IS NULL AND e.local_day BETWEEN @from AND @to AND trim(r.value) != ''
     GROUP BY lower(trim(r.value)) ORDER BY times DESC, lower(relief)`,
  ).all(span);
  return rows.map(({ relief, times, h0, h1, h2, h3 }) => ({ relief, times, helped: [h0, h1, h2, h3] }));
}

/** Daily check-ins week by week (weeks start on Monday), and the first half against the second. */
export function checkInTrend(db: Db, span: DaySpan): CheckInTrend {
  const weeks = prepared<DaySpan, CheckInTrend['weeks'][number]>(db,
    `SELECT max(@from, date(day, '-6 days', 'weekday 1')) AS weekOf, count(*) AS checkIns,
            round(avg(pain), 1) AS pain, round(avg(stiffness), 1) AS stiffness, round(avg(sleep), 1) AS sleep
     FROM check_ins WHERE day BETWEEN @from AND @to AND deleted_at IS NULL GROUP BY weekOf ORDER BY weekOf`,
  ).all(span);
  const halves = prepared<DaySpan, CheckInTrend['halves'][number]>(db,
    `WITH numbered AS (
       SELECT stiffness, sleep, row_number() OVER (ORDER BY day) AS n, count(*) OVER () AS total
       FROM check_ins WHERE day BETWEEN @from AND @to AND deleted_at IS NULL)
     SELECT count(*) AS checkIns, round(avg(stiffness), 1) AS stiffness, round(avg(sleep), 1) AS sleep
     FROM numbered GROUP BY n * 2 > total ORDER BY n * 2 > total`,
  ).all(span);
  return { weeks, halves };
}

import { prepared, type Db } from '../db/open-database';
import type { DaySpan } from './insight-types';

/**
 * Per-day sums that several insights read: pain (episodes' intensity and the check-in's pain
 * rating, both 0–10) and activity minutes by kind. They are summed once per request into
 * connection-private temp tables (never the person's file) instead of once per chart: at five
 * years of entries, summing episodes per day is the most expensive step of the insights.
 * Days without a pain record have no row: no entry is not no pain. `last_at` is the day's last pain
 * record, and `after_pain` marks activity minutes logged after it (or on a day without pain), so
 * habits are compared with the pain that came after them.
 */
export function summariseDays(db: Db, span: DaySpan): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS pain_days (
      day TEXT PRIMARY KEY, worst INTEGER NOT NULL, average REAL NOT NULL, records INTEGER NOT NULL, episodes INTEGER NOT NULL,
      last_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS activity_days (
      day TEXT NOT NULL, kind TEXT NOT NULL, after_pain INTEGER NOT NULL, minutes INTEGER NOT NULL, PRIMARY KEY (day, kind, after_pain)
    ) WITHOUT ROWID;
    DELETE FROM temp.pain_days;
    DELETE FROM temp.activity_days;
  `);
  prepared<DaySpan>(db,
    `INSERT INTO temp.pain_days (day, worst, average, records, episodes, last_at)
     SELECT day, max(worst), sum(total) * 1.0 / sum(n), sum(n), sum(episodes), max(last_at) FROM (
       SELECT local_day AS day, max(intensity) AS worst, sum(intensity) AS total, count(*) AS n, count(*) AS episodes, max(started_at) AS last_at
       FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to GROUP BY local_day
       UNION ALL
       -- A check-in rates the day when it is given (usually the evening), not at its nominal noon;
       -- one given later than the day itself counts as given at its end.
       SELECT day, pain, pain, 1, 0, min(updated_at, started_at + 43200000) FROM check_ins WHERE day BETWEEN @from AND @to AND deleted_at IS NULL
     ) GROUP BY day`,
  ).run(span);
  prepared<DaySpan>(db,
    `INSERT INTO temp.activity_days (day, kind, after_pain, minutes)
     SELECT a.local_day, a.kind, coalesce(a.started_at > p.last_at, 1), sum(a.minutes)
     FROM activities a LEFT JOIN temp.pain_days p ON p.day = a.local_day
     WHERE a.deleted_at IS NULL AND a.local_day BETWEEN @from AND @to GROUP BY 1, 2, 3`,
  ).run(span);
}

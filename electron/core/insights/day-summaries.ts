import { prepared, type Db } from '../db/open-database';
import type { DaySpan } from './insight-types';

/**
 * Per-day sums that several insights read: pain (episodes' intensity and the check-in's pain
 * rating, both 0–10) and activity minutes by kind. They are summed once per request into
 * connection-private temp tables (never the person's file) instead of once per chart: at five
 * years of entries, summing episodes per day is the most expensive step of the insights.
 * Days without a pain record have no row: no entry is not no pain.
 */
export function summariseDays(db: Db, span: DaySpan): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS pain_days (
      day TEXT PRIMARY KEY, worst INTEGER NOT NULL, average REAL NOT NULL, records INTEGER NOT NULL, episodes INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS activity_days (
      day TEXT NOT NULL, kind TEXT NOT NULL, minutes INTEGER NOT NULL, PRIMARY KEY (day, kind)
    ) WITHOUT ROWID;
    DELETE FROM temp.pain_days;
    DELETE FROM temp.activity_days;
  `);
  prepared<DaySpan>(db,
    `INSERT INTO temp.pain_days (day, worst, average, records, episodes)
     SELECT day, max(worst), sum(total) * 1.0 / sum(n), sum(n), sum(episodes) FROM (
       SELECT local_day AS day, max(intensity) AS worst, sum(intensity) AS total, count(*) AS n, count(*) AS episodes
       FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to GROUP BY local_day
       UNION ALL
       SELECT day, pain, pain, 1, 0 FROM check_ins WHERE day BETWEEN @from AND @to
     ) GROUP BY day`,
  ).run(span);
  prepared<DaySpan>(db,
    `INSERT INTO temp.activity_days (day, kind, minutes)
     SELECT local_day, kind, sum(minutes) FROM activities
     WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to GROUP BY local_day, kind`,
  ).run(span);
}

import { prepared, type Db } from '../db/open-database';
import type { DaySpan, PainDay } from './insight-types';

/**
 * One row per day with any pain recorded: episodes' intensity and the daily check-in's pain
 * rating, both 0–10. Days with nothing recorded are absent, never zero: no entry is not no pain.
 * Needs the parameters @from and @to.
 */
export const PAIN_DAYS = `pain_days AS (
  SELECT day, max(score) AS worst, avg(score) AS average, count(*) AS records FROM (
    SELECT local_day AS day, intensity AS score FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to
    UNION ALL
    SELECT day, pain FROM check_ins WHERE day BETWEEN @from AND @to
  ) GROUP BY day
)`;

export function painDays(db: Db, span: DaySpan): PainDay[] {
  return prepared<DaySpan, PainDay>(db,
    `WITH ${PAIN_DAYS}
     SELECT day, worst, round(average, 2) AS average, records,
            round(avg(average) OVER (ORDER BY julianday(day) RANGE BETWEEN 6 PRECEDING AND CURRENT ROW), 2) AS rolling
     FROM pain_days ORDER BY day`,
  ).all(span);
}

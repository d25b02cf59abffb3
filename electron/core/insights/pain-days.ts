import { prepared, type Db } from '../db/open-database';
import type { PainDay } from './insight-types';

/** Each day with a pain record, with the 7-day rolling mean of daily averages. Reads `summariseDays`. */
export function painDays(db: Db): PainDay[] {
  return prepared<[], PainDay>(db,
    `SELECT day, worst, round(average, 2) AS average, records,
            round(avg(average) OVER (ORDER BY julianday(day) RANGE BETWEEN 6 PRECEDING AND CURRENT ROW), 2) AS rolling
     FROM temp.pain_days ORDER BY day`,
  ).all();
}

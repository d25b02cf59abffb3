import { prepared, type Db } from '../db/open-database';
import type { DaySpan, SupplementConsistency } from './insight-types';

/** For each supplement or medication taken in the range, on how many of the days since starting it was taken. */
export function supplementConsistency(db: Db, span: DaySpan): SupplementConsistency[] {
  return prepared<DaySpan, SupplementConsistency>(db,
    `SELECT s.id AS supplementId, s.kind AS kind, s.name AS name, count(DISTINCT d.local_day) AS daysTaken,
            CAST(julianday(@to) - julianday(min(d.local_day)) + 1 AS INTEGER) AS daysTracked
     FROM supplement_doses d JOIN supplements s ON s.id = d.supplement_id
     WHERE d.deleted_at IS NULL AND d.local_day BETWEEN @from AND @to
     GROUP BY s.id ORDER BY daysTaken DESC, lower(s.name)`,
  ).all(span);
}

import { prepared, type Db } from '../db/open-database';
import { welchInterval, type GroupSums } from './difference';
import type { DaySpan, HabitComparison } from './insight-types';

/** Fewer days than this on either side and the comparison says "not enough data yet". */
export const MIN_DAYS_EACH = 7;

/**
 * A habit, as a SQL flag per pain day `p`: 1 on days with it, 0 on days without, NULL where the
 * journal cannot tell (such days are left out). Flags read the per-day summaries `a` (activities
 * counted toward that day, see below) and `f` (food the day before) joined in `compareHabits`.
 */
interface HabitDefinition {
  id: string;
  /** Completes "Days with …" / "Days without …". */
  label: string;
  flag: string;
}

const HABITS: readonly HabitDefinition[] = [
  { id: 'walk-or-swim', label: '20 minutes or more of walking or swimming', flag: 'coalesce(a.walk_swim_minutes, 0) >= 20' },
  { id: 'warm-up', label: 'a completed warm-up', flag: 'coalesce(a.warm_up, 0)' },
  { id: 'yoga-or-tai-chi', label: 'yoga or tai chi', flag: 'coalesce(a.yoga_tai_chi, 0)' },
  // NULL after a day without tagged food: no food logged says nothing about what was eaten.
  { id: 'acidic-or-sugary-food', label: 'acidic or sugary food tagged the day before', flag: 'f.acidic_or_sugary' },
];

/**
 * The day a dose (alias `e`, with its day's pain summary as `l`) is compared with. Cast to TEXT, as
 * activity days are: a CASE has no affinity, and without one SQLite will not index a join on it
 * (quadratic at five years of entries: 270 ms instead of 30).
 */
const countsToward = (e: string) => `CAST(CASE WHEN ${e}.started_at <= l.last_at THEN ${e}.local_day ELSE date(${e}.local_day, '+1 day') END AS TEXT)`;

interface SumsRow {
  id: string;
  /** The supplement's name; habits take their label from HABITS. */
  label: string | null;
  has: number;
  n: number;
  sum: number;
  squares: number;
}

/**
 * Compares the day's worst pain on days with and without each habit, and each supplement taken
 * in the range, over the pain days of `summariseDays`. Associations only: the wording built on
 * this never says a habit caused anything.
 *
 * Each activity and dose is compared with pain it could have influenced: one logged after the
 * day's last pain record (magnesium at bedtime, an evening walk after the morning's pain) counts
 * toward the next day. Compared with the same day, a bedtime dose lined up with the pain before
 * it: taken after bad days, it looked like "higher pain"; lowering tomorrow's, it looked like
 * nothing (test/unit/insights/habits-timing.test.ts).
 */
export function compareHabits(db: Db, span: DaySpan): HabitComparison[] {
  const groups = HABITS.map(
    (h, i) => `SELECT '${h.id}' AS id, NULL AS label, h${i} AS has, count(*) AS n, sum(worst) AS sum, sum(worst * worst) AS squares
               FROM flagged WHERE h${i} IS NOT NULL GROUP BY h${i}`,
  );
  const rows = prepared<DaySpan, SumsRow>(db,
    `WITH activity_flags AS (
       SELECT CAST(CASE WHEN after_pain THEN date(day, '+1 day') ELSE day END AS TEXT) AS day,
              sum(minutes) FILTER (WHERE kind IN ('walk', 'swim')) AS walk_swim_minutes,
              max(kind = 'warm-up') AS warm_up,
              max(kind IN ('yoga', 'tai-chi')) AS yoga_tai_chi
       FROM temp.activity_days GROUP BY 1
     ),
     food_days AS (
       -- Tags come from a closed list and are stored as a JSON array, so a quoted match is exact.
       SELECT local_day AS day, max(tags LIKE '%"acidic-food-or-juice"%' OR tags LIKE '%"high-sugar"%') AS acidic_or_sugary
       FROM food_entries
       WHERE deleted_at IS NULL AND tags != '[]' AND local_day BETWEEN date(@from, '-1 day') AND @to GROUP BY local_day
     ),
     flagged AS MATERIALIZED (
       SELECT p.worst, ${HABITS.map((h, i) => `${h.flag} AS h${i}`).join(', ')}
       FROM temp.pain_days p
       LEFT JOIN activity_flags a ON a.day = p.day
       LEFT JOIN food_days f ON f.day = date(p.day, '-1 day')
     ),
     dose_days AS MATERIALIZED (
       SELECT DISTINCT e.supplement_id AS id, ${countsToward('e')} AS day
       FROM supplement_doses e LEFT JOIN temp.pain_days l ON l.day = e.local_day
       WHERE e.deleted_at IS NULL AND e.local_day BETWEEN @from AND @to
     )
     ${groups.join('\nUNION ALL\n')}
     UNION ALL
     SELECT 'supplement-' || s.id, s.name, d.day IS NOT NULL AS has, count(*), sum(p.worst), sum(p.worst * p.worst)
     FROM temp.pain_days p
     CROSS JOIN (SELECT DISTINCT id FROM dose_days) taken
     JOIN supplements s ON s.id = taken.id
     LEFT JOIN dose_days d ON d.id = taken.id AND d.day = p.day
     GROUP BY s.id, has`,
  ).all(span);

  const byHabit = new Map<string, { label: string; with?: GroupSums; without?: GroupSums }>(
    HABITS.map((h) => [h.id, { label: h.label }]),
  );
  for (const r of rows) {
    const entry = byHabit.get(r.id) ?? { label: `${r.label} taken` };
    entry[r.has ? 'with' : 'without'] = { n: r.n, sum: r.sum, squares: r.squares };
    byHabit.set(r.id, entry);
  }
  return [...byHabit].map(([id, { label, ...groups }]) => compareDays({ id, label, about: `with ${label}`, sides: { with: 'with', without: 'without' } }, groups));
}

/** The day's worst pain on two groups of days (either may have none), compared; too few days on either side make no claim. */
export function compareDays(
  described: Pick<HabitComparison, 'id' | 'label' | 'about' | 'sides'>,
  { with: yes, without: no }: { with?: GroupSums; without?: GroupSums },
): HabitComparison {
  const mean = (g?: GroupSums) => (g && g.n > 0 ? g.sum / g.n : null);
  const base = { ...described, withDays: yes?.n ?? 0, withoutDays: no?.n ?? 0, withMean: mean(yes), withoutMean: mean(no) };
  if (!yes || !no || yes.n < MIN_DAYS_EACH || no.n < MIN_DAYS_EACH) return { ...base, difference: null, verdict: 'not-enough-data' };
  const difference = welchInterval(yes, no);
  const verdict = difference.high < 0 ? 'lower' : difference.low > 0 ? 'higher' : 'no-clear-difference';
  return { ...base, difference, verdict };
}

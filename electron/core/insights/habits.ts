import { prepared, type Db } from '../db/open-database';
import { welchInterval, type GroupSums } from './difference';
import type { DaySpan, HabitComparison } from './insight-types';
import { PAIN_DAYS } from './pain-days';

/** Fewer days than this on either side and the comparison says "not enough data yet". */
export const MIN_DAYS_EACH = 7;

/**
 * A habit, as a SQL flag per pain day `p.day`: 1 on days with it, 0 on days without, NULL where
 * the journal cannot tell (such days are left out of the comparison).
 */
interface HabitDefinition {
  id: string;
  /** Completes "Days with …" / "Days without …". */
  label: string;
  flag: string;
}

const activityFlag = (kinds: string) =>
  `EXISTS (SELECT 1 FROM activities a WHERE a.local_day = p.day AND a.deleted_at IS NULL AND a.kind IN (${kinds}))`;

const HABITS: readonly HabitDefinition[] = [
  {
    id: 'walk-or-swim',
    label: '20 minutes or more of walking or swimming',
    flag: `(SELECT coalesce(sum(a.minutes), 0) >= 20 FROM activities a
            WHERE a.local_day = p.day AND a.deleted_at IS NULL AND a.kind IN ('walk', 'swim'))`,
  },
  { id: 'warm-up', label: 'a completed warm-up', flag: activityFlag(`'warm-up'`) },
  { id: 'yoga-or-tai-chi', label: 'yoga or tai chi', flag: activityFlag(`'yoga', 'tai-chi'`) },
  {
    id: 'acidic-or-sugary-food',
    label: 'acidic or sugary food tagged the day before',
    // Only days after a day with tagged food count: no food logged says nothing about what was eaten.
    flag: `(SELECT max(t.value IN ('acidic-food-or-juice', 'high-sugar')) FROM food_entries f, json_each(f.tags) t
            WHERE f.local_day = date(p.day, '-1 day') AND f.deleted_at IS NULL)`,
  },
];

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
 * in the range. Associations only: the wording built on this never says a habit caused anything.
 */
export function compareHabits(db: Db, span: DaySpan): HabitComparison[] {
  const flags = HABITS.map((h, i) => `${h.flag} AS h${i}`).join(',\n');
  const groups = HABITS.map(
    (h, i) => `SELECT '${h.id}' AS id, NULL AS label, h${i} AS has, count(*) AS n, sum(worst) AS sum, sum(worst * worst) AS squares
               FROM flagged WHERE h${i} IS NOT NULL GROUP BY h${i}`,
  );
  const rows = prepared<DaySpan, SumsRow>(db,
    `WITH ${PAIN_DAYS},
     flagged AS (SELECT p.worst, ${flags} FROM pain_days p),
     supplements_taken AS (
       SELECT DISTINCT supplement_id AS id FROM supplement_doses WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to
     )
     ${groups.join('\nUNION ALL\n')}
     UNION ALL
     SELECT 'supplement-' || s.id, s.name, has, count(*), sum(worst), sum(worst * worst) FROM (
       SELECT t.id, p.worst, EXISTS (SELECT 1 FROM supplement_doses d
                                     WHERE d.local_day = p.day AND d.supplement_id = t.id AND d.deleted_at IS NULL) AS has
       FROM pain_days p CROSS JOIN supplements_taken t
     ) JOIN supplements s USING (id) GROUP BY s.id, has`,
  ).all(span);

  const byHabit = new Map<string, { label: string; with?: GroupSums; without?: GroupSums }>(
    HABITS.map((h) => [h.id, { label: h.label }]),
  );
  for (const r of rows) {
    const entry = byHabit.get(r.id) ?? { label: `${r.label} taken` };
    entry[r.has ? 'with' : 'without'] = { n: r.n, sum: r.sum, squares: r.squares };
    byHabit.set(r.id, entry);
  }
  return [...byHabit].map(([id, groups]) => compare(id, groups));
}

function compare(id: string, groups: { label: string; with?: GroupSums; without?: GroupSums }): HabitComparison {
  const { with: yes, without: no } = groups;
  const mean = (g?: GroupSums) => (g && g.n > 0 ? g.sum / g.n : null);
  const base = { id, label: groups.label, withDays: yes?.n ?? 0, withoutDays: no?.n ?? 0, withMean: mean(yes), withoutMean: mean(no) };
  if (!yes || !no || yes.n < MIN_DAYS_EACH || no.n < MIN_DAYS_EACH) return { ...base, difference: null, verdict: 'not-enough-data' };
  const difference = welchInterval(yes, no);
  const verdict = difference.high < 0 ? 'lower' : difference.low > 0 ? 'higher' : 'no-clear-difference';
  return { ...base, difference, verdict };
}

import { prepared, type Db } from '../db/open-database';
import type { CheckInFactor } from '../journal/check-in-factor';
import { FACTOR_HIGH_FROM } from '../journal/vocabulary';
import type { GroupSums } from './difference';
import { compareDays } from './habits';
import type { DaySpan, HabitComparison } from './insight-types';

interface AnswerSums extends GroupSums {
  id: string;
  value: number;
}

const plus = (a: GroupSums | undefined, b: GroupSums): GroupSums => (a ? { n: a.n + b.n, sum: a.sum + b.sum, squares: a.squares + b.squares } : b);

/**
 * Compares the day's worst pain by the answers to each factor the check-in asks about, as the
 * habits are compared: days answered yes against days answered no, or days rated
 * FACTOR_HIGH_FROM or more against days rated less. A fixed line rather than the person's median,
 * so "high" means the same in every range and a factor that never runs high says so (not enough
 * days) instead of splitting ordinary days in two. Days without an answer are left out. The
 * check-in rates its own day, so each answer is compared with that day's pain. Reads the pain days
 * of `summariseDays`.
 */
export function compareFactors(db: Db, span: DaySpan, factors: readonly CheckInFactor[]): HabitComparison[] {
  const rows = prepared<DaySpan, AnswerSums>(db,
    `SELECT v.factor_id AS id, v.value, count(*) AS n, sum(p.worst) AS sum, sum(p.worst * p.worst) AS squares
     FROM check_ins c
     JOIN check_in_factor_values v ON v.check_in_id = c.id
     JOIN temp.pain_days p ON p.day = c.day
     WHERE c.deleted_at IS NULL AND c.day BETWEEN @from AND @to
     GROUP BY v.factor_id, v.value`,
  ).all(span);
  return factors
    .filter((f) => !f.archived)
    .map((factor) => {
      const high = factor.type === 'yes-no' ? 1 : FACTOR_HIGH_FROM;
      const groups: { with?: GroupSums; without?: GroupSums } = {};
      for (const r of rows.filter((row) => row.id === factor.id)) {
        const side = r.value >= high ? 'with' : 'without';
        groups[side] = plus(groups[side], r);
      }
      return compareDays(described(factor), groups);
    });
}

function described({ id, name, type }: CheckInFactor): Pick<HabitComparison, 'id' | 'label' | 'about' | 'sides'> {
  const base = { id: `factor-${id}`, label: name };
  return type === 'yes-no'
    ? { ...base, about: `you answered yes to “${name}”`, sides: { with: 'yes', without: 'no' } }
    : { ...base, about: `when “${name}” was ${FACTOR_HIGH_FROM} or more`, sides: { with: `at ${FACTOR_HIGH_FROM} or more`, without: `at ${FACTOR_HIGH_FROM - 1} or less` } };
}

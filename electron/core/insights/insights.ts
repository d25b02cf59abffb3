import { z } from 'zod';
import type { Db } from '../db/open-database';
import { dayKeySchema } from '../journal/paging';
import { compareHabits, type HabitComparison } from './habits';
import { painDays, type PainDay } from './pain-days';
import { daysIn, INSIGHT_RANGES, spanOf, type DaySpan } from './span';
import { supplementConsistency, type SupplementConsistency } from './supplement-consistency';
import { weeklyTotals, type WeekTotals } from './weekly-totals';

export const insightsQuerySchema = z.strictObject({
  range: z.enum(INSIGHT_RANGES, { error: `must be one of ${INSIGHT_RANGES.join(', ')}` }),
  /** The person's local date: ranges end on it. */
  today: dayKeySchema,
});
export type InsightsQuery = z.output<typeof insightsQuerySchema>;

export interface Insights extends DaySpan {
  days: number;
  pain: PainDay[];
  weeks: WeekTotals[];
  supplements: SupplementConsistency[];
  habits: HabitComparison[];
}

/** Everything the Insights page shows for one range; each part is one SQL query. */
export function insights(db: Db, { range, today }: InsightsQuery): Insights {
  const span = spanOf(db, range, today);
  return db.transaction(() => ({
    ...span,
    days: daysIn(span),
    pain: painDays(db, span),
    weeks: weeklyTotals(db, span),
    supplements: supplementConsistency(db, span),
    habits: compareHabits(db, span),
  }))();
}

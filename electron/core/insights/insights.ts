import type { Db } from '../db/open-database';
import { readSetting } from '../settings/app-settings';
import { summariseDays } from './day-summaries';
import { compareFactors } from './factor-comparisons';
import { compareHabits, MIN_DAYS_EACH } from './habits';
import type { Insights, InsightsQuery } from './insight-types';
import { painDays } from './pain-days';
import { redFlagMentions } from './red-flag-mentions';
import { daysIn, shiftDay, spanOf } from './span';
import { supplementConsistency } from './supplement-consistency';
import { weeklyTotals } from './weekly-totals';

/** Everything the Insights page shows for one range; each part is one SQL query, read in one snapshot. */
export function insights(db: Db, { range, today }: InsightsQuery): Insights {
  const span = spanOf(db, range, today);
  return db.transaction(() => {
    summariseDays(db, span);
    return {
      ...span,
      days: daysIn(span),
      // Notes of the last four weeks: what is recent is what a person may need to act on.
      redFlags: redFlagMentions(db, span, shiftDay(span.to, -27)),
      pain: painDays(db),
      weeks: weeklyTotals(db, span),
      supplements: supplementConsistency(db, span),
      habits: compareHabits(db, span),
      factors: compareFactors(db, span, readSetting(db, 'checkInFactors')),
      minDaysEach: MIN_DAYS_EACH,
    };
  })();
}

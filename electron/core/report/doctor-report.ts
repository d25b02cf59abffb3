import { prepared } from '../db/open-database';
import type { EpisodeJournal } from '../journal/episode-journal';
import type { DaySpan, DoctorReport } from '../insights/insight-types';
import { summariseDays } from '../insights/day-summaries';
import { painDays } from '../insights/pain-days';
import { redFlagMentions } from '../insights/red-flag-mentions';
import { daysIn } from '../insights/span';
import { supplementConsistency } from '../insights/supplement-consistency';
import type { ReportPerson } from './report-person';
import { checkInTrend, reliefTried, triggersNamed } from './report-summaries';

/** What a doctor or physiotherapist would ask about, for the days chosen. */
export function doctorReport(episodes: EpisodeJournal, span: DaySpan, person: ReportPerson): DoctorReport {
  const { db, clock } = episodes;
  return db.transaction(() => {
    summariseDays(db, span);
    return {
      ...span,
      days: daysIn(span),
      generatedAt: clock.now(),
      person,
      pain: painDays(db),
      painSummary: prepared<[], DoctorReport['painSummary']>(db,
        'SELECT count(*) AS daysRecorded, round(avg(worst), 1) AS averageWorst, max(worst) AS highest FROM temp.pain_days',
      ).get()!,
      episodes: episodes.onDays(span.from, span.to),
      triggers: triggersNamed(db, span),
      relief: reliefTried(db, span),
      activities: prepared<DaySpan, DoctorReport['activities'][number]>(db,
        `SELECT kind, count(*) AS sessions, sum(minutes) AS minutes FROM activities
         WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to GROUP BY kind ORDER BY minutes DESC, kind`,
      ).all(span),
      supplements: supplementConsistency(db, span),
      checkIns: checkInTrend(db, span),
      notes: prepared<DaySpan, { day: string; note: string }>(db,
        `SELECT day, note FROM check_ins WHERE day BETWEEN @from AND @to AND deleted_at IS NULL AND trim(note) != '' ORDER BY day`,
      ).all(span),
      redFlags: redFlagMentions(db, span),
    };
  })();
}

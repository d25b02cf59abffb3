import { prepared } from '../db/open-database';
import type { EpisodeJournal } from '../journal/episode-journal';
import type { DaySpan, DoctorReport } from '../insights/insight-types';
import { summariseDays } from '../insights/day-summaries';
import { painDays } from '../insights/pain-days';
import { redFlagMentions } from '../insights/red-flag-mentions';
import { daysIn } from '../insights/span';

/** What a doctor or physiotherapist would ask about, for the days chosen. */
export function doctorReport(episodes: EpisodeJournal, span: DaySpan): DoctorReport {
  const { db, clock } = episodes;
  return db.transaction(() => {
    summariseDays(db, span);
    return {
      ...span,
      days: daysIn(span),
      generatedAt: clock.now(),
      pain: painDays(db),
      painSummary: prepared<[], DoctorReport['painSummary']>(db,
        'SELECT count(*) AS daysRecorded, round(avg(worst), 1) AS averageWorst, max(worst) AS highest FROM temp.pain_days',
      ).get()!,
      episodes: episodes.onDays(span.from, span.to),
      activities: prepared<DaySpan, DoctorReport['activities'][number]>(db,
        `SELECT kind, count(*) AS sessions, sum(minutes) AS minutes FROM activities
         WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to GROUP BY kind ORDER BY minutes DESC, kind`,
      ).all(span),
      supplements: prepared<DaySpan, DoctorReport['supplements'][number]>(db,
        `SELECT s.name AS name, count(*) AS doses, count(DISTINCT d.local_day) AS daysTaken
         FROM supplement_doses d JOIN supplements s ON s.id = d.supplement_id
         WHERE d.deleted_at IS NULL AND d.local_day BETWEEN @from AND @to GROUP BY s.id ORDER BY doses DESC, lower(s.name)`,
      ).all(span),
      notes: prepared<DaySpan, { day: string; note: string }>(db,
        `SELECT day, note FROM check_ins WHERE day BETWEEN @from AND @to AND trim(note) != '' ORDER BY day`,
      ).all(span),
      redFlags: redFlagMentions(db, span),
    };
  })();
}

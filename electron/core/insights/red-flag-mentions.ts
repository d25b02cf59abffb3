import { redFlagSignsIn } from '../advice/red-flag-words';
import { prepared, type Db } from '../db/open-database';
import type { DaySpan, RedFlagSummary } from './insight-types';
import { shiftDay } from './span';

const RECENT_DAYS = 14;
const HIGH_PAIN = 7;
const SEVERE_PAIN = 9;

/**
 * What in these days touches the red flags: notes that name a sign, days of pain 9–10, and how
 * many of the last 14 days had pain of 7 or more. Needs `summariseDays` for the same span first.
 * `notesFrom` limits the notes read (Insights looks at recent weeks; the report at its whole span).
 */
export function redFlagMentions(db: Db, span: DaySpan, notesFrom = span.from): RedFlagSummary {
  const notes = prepared<{ from: string; to: string }, { day: string; note: string }>(db,
    `SELECT local_day AS day, notes AS note FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN @from AND @to AND notes != ''
     UNION ALL SELECT day, note FROM check_ins WHERE day BETWEEN @from AND @to AND deleted_at IS NULL AND note != ''
     ORDER BY day DESC`,
  ).all({ from: notesFrom > span.from ? notesFrom : span.from, to: span.to });
  const mentions: RedFlagSummary['mentions'] = [];
  for (const { day, note } of notes) {
    const signs = redFlagSignsIn(note);
    if (signs.length > 0) mentions.push({ day, signs });
  }
  const count = (sql: string, params: object) => prepared(db, sql).pluck().get(params) as number;
  return {
    mentions,
    severeDays: count('SELECT count(*) FROM temp.pain_days WHERE worst >= @severe', { severe: SEVERE_PAIN }),
    highPainRecentDays: count('SELECT count(*) FROM temp.pain_days WHERE day > @from AND worst >= @high', {
      from: shiftDay(span.to, -RECENT_DAYS),
      high: HIGH_PAIN,
    }),
    recentDays: RECENT_DAYS,
  };
}

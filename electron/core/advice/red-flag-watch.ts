import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { shiftDay } from '../insights/span';
import { localDate } from '../reminders/local-time';
import type { SettingsStore } from '../settings/app-settings';
import { redFlagSignsIn } from './red-flag-words';
import type { RedFlagAttention } from './views';

/** Pain this high on more than half of the last two weeks is worth a doctor's look (NICE NG59: persistent or progressive pain). */
const HIGH_PAIN = 7;
const WINDOW_DAYS = 14;
const MOST_DAYS = 8;

/**
 * After a pain entry or a check-in: whether to show the red flags beside the confirmation, and why.
 * A note or the places and pain words marked naming a red-flag sign, pain of 9 or 10, or pain of 7 or more on most of the last
 * 14 days. At most once a calendar day, so a hard week is not a wall of warnings.
 */
export class RedFlagWatch {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsStore,
    private readonly clock: Clock,
  ) {}

  afterPain(entry: { pain: number; note: string; day: string; timeZone: string; bodySigns?: readonly string[] }): RedFlagAttention | null {
    const noteSigns = redFlagSignsIn(entry.note);
    const bodySigns = entry.bodySigns ?? [];
    const signs = [...new Set([...bodySigns, ...noteSigns])];
    const reasons: string[] = [];
    if (bodySigns.length > 0) reasons.push(`What you marked is on this list: ${bodySigns.join('; ')}.`);
    if (noteSigns.length > 0) reasons.push(`Your note mentions something on this list: ${noteSigns.join('; ')}.`);
    if (entry.pain >= 9) reasons.push(`You logged pain of ${entry.pain} out of 10.`);
    const highDays = this.highPainDays(entry.day);
    if (highDays >= MOST_DAYS) reasons.push(`Your pain has been ${HIGH_PAIN} or more on ${highDays} of the last ${WINDOW_DAYS} days.`);
    if (reasons.length === 0) return null;
    const today = localDate(this.clock.now(), entry.timeZone);
    if (this.settings.get('redFlagsShownOn') === today) return null;
    this.settings.set('redFlagsShownOn', today);
    return { reasons, signs };
  }

  /** Days among the 14 ending on `day` whose worst pain (episodes and check-ins) was 7 or more. */
  private highPainDays(day: string): number {
    const from = shiftDay(day, 1 - WINDOW_DAYS);
    return this.db
      .prepare<[string, string, string, string, number], number>(
        `SELECT count(*) FROM (
           SELECT day FROM (
             SELECT local_day AS day, intensity AS pain FROM episodes WHERE deleted_at IS NULL AND local_day BETWEEN ? AND ?
             UNION ALL SELECT day, pain FROM check_ins WHERE day BETWEEN ? AND ? AND deleted_at IS NULL
           ) GROUP BY day HAVING max(pain) >= ?
         )`,
      )
      .pluck()
      .get(from, day, from, day, HIGH_PAIN)!;
  }
}

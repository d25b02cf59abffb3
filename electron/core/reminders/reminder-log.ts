import type { Db } from '../db/open-database';
import { localDate } from './local-time';
import type { OutcomeRecord } from './scheduler-ports';

/** Stores each reminder's outcome (done, snoozed, skipped, ignored) for the insights. */
export class ReminderLog {
  constructor(private readonly db: Db) {}

  record(o: OutcomeRecord): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT INTO reminder_events (kind, shown_at, outcome, answered_at, time_zone, local_day) VALUES (?, ?, ?, ?, ?, ?)')
        .run(o.reminderId, o.shownAt, o.outcome, o.at, o.timeZone, localDate(o.shownAt, o.timeZone));
    })();
  }

  /** Newest first. */
  recent(limit: number): OutcomeRecord[] {
    return this.db
      .prepare<[number], OutcomeRecord>(
        `SELECT kind AS reminderId, shown_at AS shownAt, outcome, answered_at AS at, time_zone AS timeZone
         FROM reminder_events ORDER BY shown_at DESC, id DESC LIMIT ?`,
      )
      .all(limit);
  }
}

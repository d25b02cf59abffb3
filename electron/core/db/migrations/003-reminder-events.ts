import type { Migration } from '../migrate';

/** Every reminder's outcome, for adherence insights. Frozen as shipped. */
export const reminderEvents: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      CREATE TABLE reminder_events (
        id          INTEGER PRIMARY KEY,
        kind        TEXT    NOT NULL CHECK (kind IN ('posture', 'movement', 'checkIn', 'magnesium')),
        shown_at    INTEGER NOT NULL,
        outcome     TEXT    NOT NULL CHECK (outcome IN ('done', 'snoozed', 'skipped', 'ignored')),
        answered_at INTEGER NOT NULL,
        time_zone   TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX reminder_events_by_time ON reminder_events (shown_at);
    `);
  },
};

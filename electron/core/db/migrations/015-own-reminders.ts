import type { Migration } from '../migrate';

/**
 * Reminders became the person's own list, so an outcome's `kind` now holds the reminder's id (the
 * built-ins kept theirs: posture, movement, checkIn, magnesium) and the fixed list it was checked
 * against goes. SQLite cannot drop a CHECK, so the table is rebuilt with its rows, indexes and
 * triggers (the local-day checks of migration 7, the journal marks of migration 8). Frozen as shipped.
 */
export const ownReminders: Migration = {
  version: 15,
  up(db) {
    db.exec(`
      CREATE TABLE reminder_events_new (
        id          INTEGER PRIMARY KEY,
        kind        TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
        shown_at    INTEGER NOT NULL,
        outcome     TEXT    NOT NULL CHECK (outcome IN ('done', 'snoozed', 'skipped', 'ignored')),
        answered_at INTEGER NOT NULL,
        time_zone   TEXT    NOT NULL,
        local_day   TEXT    NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO reminder_events_new (id, kind, shown_at, outcome, answered_at, time_zone, local_day)
        SELECT id, kind, shown_at, outcome, answered_at, time_zone, local_day FROM reminder_events;
      DROP TABLE reminder_events;
      ALTER TABLE reminder_events_new RENAME TO reminder_events;
      CREATE INDEX reminder_events_by_time ON reminder_events (shown_at);
      CREATE INDEX reminder_events_by_day ON reminder_events (local_day, outcome);
      CREATE TRIGGER reminder_events_day_on_insert BEFORE INSERT ON reminder_events
        WHEN NEW.local_day NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        BEGIN SELECT RAISE(ABORT, 'reminder_events.local_day must be a YYYY-MM-DD date'); END;
      CREATE TRIGGER reminder_events_day_on_update BEFORE UPDATE OF local_day ON reminder_events
        WHEN NEW.local_day NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
        BEGIN SELECT RAISE(ABORT, 'reminder_events.local_day must be a YYYY-MM-DD date'); END;
    `);
    for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TRIGGER reminder_events_${change.toLowerCase()}_marks_journal AFTER ${change} ON reminder_events
        BEGIN UPDATE journal_identity SET writes = writes + 1; END`);
    }
  },
};

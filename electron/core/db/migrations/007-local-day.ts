import type { Migration } from '../migrate';
import { localDate } from '../../reminders/local-time';

/**
 * Every timed entry gets the local calendar date it happened on, in the zone it was logged in.
 * Insights group by day and week in SQL, and SQLite cannot convert between zones, so the date is
 * worked out when an entry is written and stored beside it. Triggers refuse a row without a
 * proper date, so a writer that forgets it fails loudly instead of dropping out of every chart.
 * Frozen as shipped.
 */
const TABLES = ['episodes', 'activities', 'supplement_doses', 'food_entries', 'reminder_events'] as const;
const DAY_PATTERN = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

export const localDay: Migration = {
  version: 7,
  up(db) {
    db.function('limber_migration_local_day', { deterministic: true }, (at, zone) => localDate(Number(at), String(zone)));
    for (const table of TABLES) {
      const instant = table === 'reminder_events' ? 'shown_at' : 'started_at';
      const live = table === 'reminder_events' ? '' : 'WHERE deleted_at IS NULL';
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN local_day TEXT NOT NULL DEFAULT '';
        UPDATE ${table} SET local_day = limber_migration_local_day(${instant}, time_zone);
        CREATE INDEX ${table}_by_day ON ${table} (local_day) ${live};
        CREATE TRIGGER ${table}_day_on_insert BEFORE INSERT ON ${table}
          WHEN NEW.local_day NOT GLOB ${DAY_PATTERN}
          BEGIN SELECT RAISE(ABORT, '${table}.local_day must be a YYYY-MM-DD date'); END;
        CREATE TRIGGER ${table}_day_on_update BEFORE UPDATE OF local_day ON ${table}
          WHEN NEW.local_day NOT GLOB ${DAY_PATTERN}
          BEGIN SELECT RAISE(ABORT, '${table}.local_day must be a YYYY-MM-DD date'); END;
      `);
    }
  },
};

import type { Migration } from '../migrate';
import { localDate } from '../../reminders/local-time';

/**
 * Every timed entry gets the local calendar date it happened on, in the zone it was logged in.
 * Insights group by day and week in SQL, and SQLite cannot convert between zones, so the date is
 * worked out when an entry is written and stored beside it. Triggers refuse a row without a
 * proper date, so a writer that forgets it fails loudly instead of dropping out of every chart.
 * Frozen as shipped.
 */
/**
 * Each table's index by day carries the columns the insights read, so they never touch the rows.
 * `deleted_at` is always NULL in these partial indexes, but SQLite only treats an index as
 * covering when it holds every column the query names, the filter on deleted_at included.
 */
const DAY_INDEX = {
  episodes: 'local_day, intensity, deleted_at',
  activities: 'local_day, kind, minutes, deleted_at',
  supplement_doses: 'local_day, supplement_id, deleted_at',
  food_entries: 'local_day, tags, deleted_at',
  reminder_events: 'local_day, outcome',
} as const;
const DAY_PATTERN = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

export const localDay: Migration = {
  version: 7,
  up(db) {
    db.function('limber_migration_local_day', { deterministic: true }, (at, zone) => localDate(Number(at), String(zone)));
    for (const [table, indexed] of Object.entries(DAY_INDEX)) {
      const instant = table === 'reminder_events' ? 'shown_at' : 'started_at';
      const live = table === 'reminder_events' ? '' : 'WHERE deleted_at IS NULL';
      db.exec(`
        ALTER TABLE ${table} ADD COLUMN local_day TEXT NOT NULL DEFAULT '';
        UPDATE ${table} SET local_day = limber_migration_local_day(${instant}, time_zone);
        CREATE INDEX ${table}_by_day ON ${table} (${indexed}) ${live};
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

import type { Migration } from '../migrate';

/**
 * Insights compare each activity and dose with the pain after it, so they read when each, and the
 * day's last pain, happened (see insights/habits.ts). The day indexes carry the start time too, so those reads stay inside
 * the index (at five years of entries: a table lookup per row otherwise). Frozen as shipped.
 */
export const habitTimingIndexes: Migration = {
  version: 9,
  up(db) {
    db.exec(`
      DROP INDEX episodes_by_day;
      CREATE INDEX episodes_by_day ON episodes (local_day, intensity, started_at, deleted_at) WHERE deleted_at IS NULL;
      DROP INDEX activities_by_day;
      CREATE INDEX activities_by_day ON activities (local_day, kind, minutes, started_at, deleted_at) WHERE deleted_at IS NULL;
      DROP INDEX supplement_doses_by_day;
      CREATE INDEX supplement_doses_by_day ON supplement_doses (local_day, supplement_id, started_at, deleted_at) WHERE deleted_at IS NULL;
    `);
  },
};

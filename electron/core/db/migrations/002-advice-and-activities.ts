import type { Migration } from '../migrate';

/**
 * Saved advice items, the quick-tip rotation, small app settings, and activities (the journal's
 * second kind of entry: a completed routine logs one). Frozen as shipped.
 */
export const adviceAndActivities: Migration = {
  version: 2,
  up(db) {
    db.exec(`
      CREATE TABLE bookmarks (
        item_id    TEXT    PRIMARY KEY,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE tip_rotation (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        sequence TEXT    NOT NULL CHECK (json_type(sequence) = 'array'),
        position INTEGER NOT NULL CHECK (position >= 0)
      ) STRICT;

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE activities (
        id          INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        time_zone   TEXT    NOT NULL,
        kind        TEXT    NOT NULL CHECK (kind IN ('walk', 'swim', 'yoga', 'tai-chi', 'warm-up', 'heat-therapy', 'breathing', 'other')),
        minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        note        TEXT    NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        deleted_at  INTEGER
      ) STRICT;
      CREATE INDEX activities_by_start ON activities (started_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX activities_deleted ON activities (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};

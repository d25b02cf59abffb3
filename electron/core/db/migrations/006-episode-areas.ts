import type { Migration } from '../migrate';

/**
 * Episodes get body-map areas (several cells, left and right per region) instead of one region
 * and side, a duration, and how much the relief tried helped. SQLite cannot drop a column a CHECK
 * names, so the table is rebuilt; "both sides" becomes both cells of the region. Frozen as shipped.
 */
export const episodeAreas: Migration = {
  version: 6,
  up(db) {
    db.exec(`
      CREATE TABLE episodes_v6 (
        id               INTEGER PRIMARY KEY,
        started_at       INTEGER NOT NULL,
        time_zone        TEXT    NOT NULL,
        intensity        INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
        areas            TEXT    NOT NULL CHECK (json_type(areas) = 'array' AND json_array_length(areas) >= 1),
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 10080),
        triggers         TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(triggers) = 'array'),
        relief           TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(relief) = 'array'),
        relief_helped    INTEGER CHECK (relief_helped IS NULL OR relief_helped BETWEEN 0 AND 3),
        notes            TEXT    NOT NULL DEFAULT '',
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL,
        deleted_at       INTEGER
      ) STRICT;
      INSERT INTO episodes_v6 (id, started_at, time_zone, intensity, areas, triggers, relief, notes, created_at, updated_at, deleted_at)
        SELECT id, started_at, time_zone, intensity,
               CASE side WHEN 'both' THEN json_array(region || '-left', region || '-right') ELSE json_array(region || '-' || side) END,
               triggers, relief, notes, created_at, updated_at, deleted_at
        FROM episodes;
      DROP TABLE episodes;
      ALTER TABLE episodes_v6 RENAME TO episodes;
      CREATE INDEX episodes_by_start ON episodes (started_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX episodes_deleted ON episodes (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};

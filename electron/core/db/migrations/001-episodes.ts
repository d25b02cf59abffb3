import type { Migration } from '../migrate';
/**
 * Pain and spasm episodes. Times are UTC milliseconds plus the IANA zone the user was in.
 * The SQL is frozen as shipped (value lists written out, not imported) so upgrades stay reproducible.
 */
export const episodes: Migration = {
  version: 1,
  up(db) {
    db.exec(`
      CREATE TABLE episodes (
        id          INTEGER PRIMARY KEY,
        started_at  INTEGER NOT NULL,
        time_zone   TEXT    NOT NULL,
        intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
        region      TEXT    NOT NULL CHECK (region IN ('neck', 'upper-back', 'mid-back', 'lower-back')),
        side        TEXT    NOT NULL CHECK (side IN ('left', 'right', 'both')),
        triggers    TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(triggers) = 'array'),
        relief      TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(relief) = 'array'),
        notes       TEXT    NOT NULL DEFAULT '',
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        deleted_at  INTEGER
      ) STRICT;
      CREATE INDEX episodes_by_start ON episodes (started_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX episodes_deleted ON episodes (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
  },
};

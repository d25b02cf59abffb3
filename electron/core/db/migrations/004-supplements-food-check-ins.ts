import type { Migration } from '../migrate';

/**
 * Supplements (the person's list, and each time one is taken), food entries tagged with the
 * article's food groups, and one daily check-in per local date. Frozen as shipped.
 */
export const supplementsFoodCheckIns: Migration = {
  version: 4,
  up(db) {
    db.exec(`
      CREATE TABLE supplements (
        id           INTEGER PRIMARY KEY,
        name         TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        default_dose TEXT    NOT NULL DEFAULT '',
        created_at   INTEGER NOT NULL,
        archived_at  INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX supplements_by_name ON supplements (lower(name)) WHERE archived_at IS NULL;

      CREATE TABLE supplement_doses (
        id            INTEGER PRIMARY KEY,
        supplement_id INTEGER NOT NULL REFERENCES supplements (id),
        started_at    INTEGER NOT NULL,
        time_zone     TEXT    NOT NULL,
        dose          TEXT    NOT NULL DEFAULT '',
        note          TEXT    NOT NULL DEFAULT '',
        created_at    INTEGER NOT NULL,
        updated_at    INTEGER NOT NULL,
        deleted_at    INTEGER
      ) STRICT;
      CREATE INDEX supplement_doses_by_start ON supplement_doses (started_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX supplement_doses_deleted ON supplement_doses (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE food_entries (
        id         INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        time_zone  TEXT    NOT NULL,
        tags       TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(tags) = 'array'),
        note       TEXT    NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX food_entries_by_start ON food_entries (started_at DESC, id DESC) WHERE deleted_at IS NULL;
      CREATE INDEX food_entries_deleted ON food_entries (deleted_at) WHERE deleted_at IS NOT NULL;

      CREATE TABLE check_ins (
        id         INTEGER PRIMARY KEY,
        day        TEXT    NOT NULL UNIQUE CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        time_zone  TEXT    NOT NULL,
        pain       INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        stiffness  INTEGER NOT NULL CHECK (stiffness BETWEEN 0 AND 10),
        sleep      INTEGER NOT NULL CHECK (sleep BETWEEN 0 AND 10),
        note       TEXT    NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};

import type { Migration } from '../migrate';

/**
 * The person's own routines, made in the routine editor or copied from a built-in one. The steps
 * are one JSON list: they are always read and written whole, and each is checked on read, so one
 * damaged step cannot stop the routine list from loading. A deleted routine keeps its row until
 * the undo window ends. Ids are text (`mine-…`) because reminders and links refer to them, and an
 * import keeps them. Writes mark the journal's identity row, as every table's do (migration 8).
 * Frozen as shipped.
 */
export const routines: Migration = {
  version: 14,
  up(db) {
    db.exec(`
      CREATE TABLE routines (
        id         TEXT    NOT NULL PRIMARY KEY CHECK (id GLOB 'mine-*' AND length(id) <= 40),
        name       TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        activity   TEXT    NOT NULL,
        steps      TEXT    NOT NULL CHECK (json_type(steps) = 'array' AND json_array_length(steps) BETWEEN 1 AND 30),
        based_on   TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX routines_deleted ON routines (deleted_at) WHERE deleted_at IS NOT NULL;
    `);
    for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TRIGGER routines_${change.toLowerCase()}_marks_journal AFTER ${change} ON routines
        BEGIN UPDATE journal_identity SET writes = writes + 1; END`);
    }
  },
};

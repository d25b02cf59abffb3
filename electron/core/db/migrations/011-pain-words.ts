import type { Migration } from '../migrate';

/** Episodes say what the pain feels like (aching, burning, tingling…); older ones say nothing. Frozen as shipped. */
export const painWords: Migration = {
  version: 11,
  up(db) {
    db.exec(`ALTER TABLE episodes ADD COLUMN qualities TEXT NOT NULL DEFAULT '[]' CHECK (json_type(qualities) = 'array');`);
  },
};

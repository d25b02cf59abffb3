import type { Migration } from '../migrate';

/**
 * Medications get a list of their own beside supplements, sharing the dose journal: each listed
 * thing says which it is; everything listed before is a supplement. Frozen as shipped.
 */
export const medications: Migration = {
  version: 12,
  up(db) {
    db.exec(`ALTER TABLE supplements ADD COLUMN kind TEXT NOT NULL DEFAULT 'supplement' CHECK (kind IN ('supplement', 'medication'));`);
  },
};

import type { Migration } from '../migrate';

/**
 * Check-ins can be deleted from the Journal with Undo, as every other entry can: a deleted one
 * keeps its row, marked, until the undo window ends. Saving that day again brings the row back with
 * the new values (a day has one check-in). Frozen as shipped.
 */
export const checkInBin: Migration = {
  version: 10,
  up(db) {
    db.exec(`ALTER TABLE check_ins ADD COLUMN deleted_at INTEGER;`);
  },
};

import type { Migration } from '../migrate';

/** Check-ins get an instant (local noon of their day) so the journal timeline can place them. */
export const checkInInstant: Migration = {
  version: 5,
  up(db) {
    db.exec(`
      ALTER TABLE check_ins ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
      UPDATE check_ins SET started_at = created_at;
      CREATE INDEX check_ins_by_start ON check_ins (started_at DESC, id DESC);
    `);
  },
};

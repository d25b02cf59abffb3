import type { Migration } from '../migrate';

/**
 * The person's own check-in factors ("slept on the new mattress", "stress"): each check-in's
 * answers, one row per factor answered (yes/no stored as 1 or 0, a rating as 0–10); a factor left
 * unanswered has no row. The factors themselves are a setting (`checkInFactors`), named by ids that
 * are never reused, so renaming one keeps its history. Answers stay while their check-in is in the
 * bin and go with it when it is purged. Writes mark the journal's identity row, as every table's
 * do (migration 8). Frozen as shipped.
 */
export const checkInFactors: Migration = {
  version: 13,
  up(db) {
    db.exec(`
      CREATE TABLE check_in_factor_values (
        check_in_id INTEGER NOT NULL REFERENCES check_ins (id) ON DELETE CASCADE,
        factor_id   TEXT    NOT NULL CHECK (length(factor_id) BETWEEN 1 AND 40),
        value       INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (check_in_id, factor_id)
      ) STRICT;
    `);
    for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TRIGGER check_in_factor_values_${change.toLowerCase()}_marks_journal AFTER ${change} ON check_in_factor_values
        BEGIN UPDATE journal_identity SET writes = writes + 1; END`);
    }
  },
};

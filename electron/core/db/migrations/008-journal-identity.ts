import { randomUUID } from 'node:crypto';
import type { Migration } from '../migrate';

/**
 * Each journal gets an identity of its own, and every write to any table touches the row holding
 * it. So any WAL Limber leaves beside the journal carries the page with the identity, and a `-wal`
 * that came from another journal is told apart before SQLite applies it (see wal-ownership.ts).
 * Tables added later need the same triggers: a test checks every table has them. Frozen as shipped.
 */
export const journalIdentity: Migration = {
  version: 8,
  up(db) {
    db.exec('CREATE TABLE journal_identity (id TEXT NOT NULL, writes INTEGER NOT NULL) STRICT');
    db.prepare('INSERT INTO journal_identity (id, writes) VALUES (?, 0)').run(randomUUID());
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'journal_identity'")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      for (const change of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`CREATE TRIGGER ${table}_${change.toLowerCase()}_marks_journal AFTER ${change} ON ${table}
          BEGIN UPDATE journal_identity SET writes = writes + 1; END`);
      }
    }
  },
};

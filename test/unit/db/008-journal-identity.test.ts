import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

const journal = () => {
  const db = new Database(':memory:');
  migrate(db, migrations);
  return db;
};
const identity = (db: Database.Database) => db.prepare('SELECT id, writes FROM journal_identity').get() as { id: string; writes: number };

describe('migration 8: each journal knows itself', () => {
  it('gives every journal its own identity', () => {
    const [a, b] = [journal(), journal()];
    expect(identity(a).id).toMatch(/^[0-9a-f-]{36}$/);
    expect(identity(a).id).not.toBe(identity(b).id);
  });

  // A WAL is told apart by the identity row it carries; a table whose writes do not touch it would
  // let a WAL from another journal through unnoticed.
  it('every table, including any added by a later migration, marks the identity row when written', () => {
    const db = journal();
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'journal_identity'").pluck().all() as string[];
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const triggers = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%journal_identity%'").pluck().all(table) as string[];
      expect({ table, marks: triggers.map((sql) => /AFTER (\w+)/.exec(sql)![1]).sort() }).toEqual({ table, marks: ['DELETE', 'INSERT', 'UPDATE'] });
    }
  });

  it('a write to the journal changes the identity row, so its page is in the WAL', () => {
    const db = journal();
    const before = identity(db).writes;
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    db.prepare("UPDATE settings SET value = '2' WHERE key = 'x'").run();
    db.prepare("DELETE FROM settings WHERE key = 'x'").run();
    expect(identity(db).writes).toBe(before + 3);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';

// A kill in the middle of a transaction in rollback mode leaves a hot journal beside the file,
// which SQLite must roll back before anyone may read it, so a read-only look fails with
// SQLITE_READONLY_ROLLBACK. That is not "read-only disk" and not damage.

/** A journal in rollback mode as a kill mid-transaction leaves it: file and hot `-journal`. */
function journalWithHotRollbackJournal(version?: number): string {
  const live = tempDir();
  const core = createCore({ dataDir: live, clock: new FakeClock(Date.UTC(2026, 10, 25, 9)) });
  core.episodes.add({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'committed' });
  core.close();
  const file = path.join(live, DATABASE_FILE);
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  if (version) db.pragma(`user_version = ${version}`);
  // A cache too small for the transaction spills pages to the file mid-transaction, which syncs
  // the journal first: from then on it is hot.
  db.pragma('cache_size = 1');
  db.exec("BEGIN; UPDATE episodes SET notes = 'never committed'; CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) INSERT INTO filler SELECT zeroblob(3000) FROM n");
  const dataDir = tempDir();
  fs.copyFileSync(file, path.join(dataDir, DATABASE_FILE));
  fs.copyFileSync(`${file}-journal`, path.join(dataDir, `${DATABASE_FILE}-journal`));
  db.exec('ROLLBACK');
  db.close();
  return dataDir;
}

describe('a journal left with a hot rollback journal', () => {
  it('opens, rolled back to its last committed state', () => {
    const core = createCore({ dataDir: journalWithHotRollbackJournal(), clock: new FakeClock(Date.UTC(2026, 10, 25, 9)) });
    expect(core.startup).toMatchObject({ status: 'ok' });
    expect(core.episodes.list({ limit: 5 }).items.map((e) => e.notes)).toEqual(['committed']);
    core.close();
  });

  it('from a newer Limber, is refused as newer and left byte for byte as it was', () => {
    const dataDir = journalWithHotRollbackJournal(99);
    const before = ['', '-journal'].map((suffix) => fs.readFileSync(path.join(dataDir, DATABASE_FILE + suffix)));
    expect(() => createCore({ dataDir, clock: new FakeClock(Date.UTC(2026, 10, 25, 9)) })).toThrowError(expect.objectContaining({ code: 'database-too-new' }));
    expect(['', '-journal'].map((suffix) => fs.readFileSync(path.join(dataDir, DATABASE_FILE + suffix)))).toEqual(before);
  });
});

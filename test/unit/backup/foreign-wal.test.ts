import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { MoveStep } from '../../../electron/core/backup/journal-moves';
import { checkJournalFile } from '../../../electron/core/backup/recovery';
import { startupNotices } from '../../../electron/core/backup/startup-notices';
import { BACKUP_DIR, createCore, DATABASE_FILE, type LimberCore } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';

// SQLite applies any valid `-wal` it finds beside a database, whichever database wrote it. A WAL
// copied from another journal would show that journal's entries and be folded into this file.

const open: LimberCore[] = [];
afterEach(() => open.splice(0).forEach((core) => core.db.open && core.close()));
const clock = () => new FakeClock(Date.UTC(2026, 10, 25, 9));

function start(dataDir: string): LimberCore {
  const core = createCore({ dataDir, clock: clock() });
  open.push(core);
  return core;
}

function add(core: LimberCore, notes: string): void {
  core.episodes.add({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes });
}

const notes = (core: LimberCore) => core.episodes.list({ limit: 10 }).items.map((e) => e.notes).sort();

/**
 * A journal as a kill leaves it: `saved` checkpointed into the file, `pending` only in its WAL.
 * Returns the folder with the journal's two files and the WAL's bytes.
 */
function crashedJournal(saved: string, pending: string): { dataDir: string; wal: Buffer; main: Buffer } {
  const live = tempDir();
  const core = createCore({ dataDir: live, clock: clock() });
  add(core, saved);
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  add(core, pending);
  const dataDir = tempDir();
  const main = fs.readFileSync(path.join(live, DATABASE_FILE));
  const wal = fs.readFileSync(path.join(live, `${DATABASE_FILE}-wal`));
  core.close();
  fs.writeFileSync(path.join(dataDir, DATABASE_FILE), main);
  fs.writeFileSync(path.join(dataDir, `${DATABASE_FILE}-wal`), wal);
  return { dataDir, wal, main };
}

const keptFiles = (dataDir: string) => fs.readdirSync(dataDir).filter((name) => name.includes('.foreign-wal-')).sort();

describe('a -wal beside the journal', () => {
  it("that is the journal's own (left by a kill) is applied: the entry made just before is there", () => {
    const { dataDir } = crashedJournal('saved', 'only in the WAL');
    const core = start(dataDir);
    expect(core.startup).toMatchObject({ status: 'ok' });
    expect(notes(core)).toEqual(['only in the WAL', 'saved']);
    expect(keptFiles(dataDir)).toEqual([]);
  });

  it('from another journal is not applied: the journal opens as saved, both files are kept and the person is told', () => {
    const mine = crashedJournal('mine', 'mine, pending');
    const theirs = crashedJournal('theirs', 'theirs, pending');
    fs.writeFileSync(path.join(mine.dataDir, `${DATABASE_FILE}-wal`), theirs.wal);

    const core = start(mine.dataDir);
    expect(notes(core)).toEqual(['mine']);
    expect(core.startup).toMatchObject({ status: 'foreign-wal' });
    const [copy, wal] = keptFiles(mine.dataDir);
    expect(fs.readFileSync(path.join(mine.dataDir, copy!))).toEqual(mine.main);
    expect(fs.readFileSync(path.join(mine.dataDir, wal!))).toEqual(theirs.wal);
    expect(wal).toBe(`${copy}-wal`);
    expect(startupNotices(core.startup)).toEqual([
      expect.stringMatching(/limber\.sqlite3-wal beside your journal came from another journal, so Limber did not apply it\. .* kept as .*foreign-wal-.*-wal, with a copy of your journal/),
    ]);
  });

  it('from a database that is not a journal at all is set aside the same way', () => {
    const mine = crashedJournal('mine', 'mine, pending');
    const other = path.join(tempDir(), 'other.db');
    const db = new Database(other);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    fs.copyFileSync(`${other}-wal`, path.join(mine.dataDir, `${DATABASE_FILE}-wal`));
    db.close();
    const core = start(mine.dataDir);
    expect(core.startup).toMatchObject({ status: 'foreign-wal' });
    expect(notes(core)).toEqual(['mine']);
  });

  for (const killedAt of ['planned', 'copied', 'moved-wal'] as const) {
    it(`set aside with a kill after "${killedAt}": the next start finishes it and says so`, () => {
      const mine = crashedJournal('mine', 'mine, pending');
      const theirs = crashedJournal('theirs', 'theirs, pending');
      fs.writeFileSync(path.join(mine.dataDir, `${DATABASE_FILE}-wal`), theirs.wal);
      const file = path.join(mine.dataDir, DATABASE_FILE);
      expect(() =>
        checkJournalFile(file, path.join(mine.dataDir, BACKUP_DIR), Date.now(), undefined, (step: MoveStep) => {
          if (step === killedAt) throw new Error('killed');
        }),
      ).toThrow('killed');

      const core = start(mine.dataDir);
      expect(notes(core)).toEqual(['mine']);
      expect(startupNotices(core.startup)).toEqual([expect.stringMatching(/came from another journal/)]);
      const [copy, wal] = keptFiles(mine.dataDir);
      expect(fs.readFileSync(path.join(mine.dataDir, copy!))).toEqual(mine.main);
      expect(fs.readFileSync(path.join(mine.dataDir, wal!))).toEqual(theirs.wal);
      expect(fs.readdirSync(mine.dataDir).filter((name) => /plan|partial/.test(name))).toEqual([]);
    });
  }
});

describe('a damaged journal set aside at start, killed part-way', () => {
  for (const killedAt of ['planned', 'moved', 'moved-wal'] as const) {
    it(`after "${killedAt}": the next start finishes the move, keeping the file and its WAL together`, () => {
      const { dataDir } = crashedJournal('saved', 'pending');
      const file = path.join(dataDir, DATABASE_FILE);
      const damaged = Buffer.from(fs.readFileSync(file));
      damaged.fill(0x55, 100, 4096 * 2);
      fs.writeFileSync(file, damaged);
      const wal = fs.readFileSync(`${file}-wal`);
      expect(() =>
        checkJournalFile(file, path.join(dataDir, BACKUP_DIR), Date.now(), undefined, (step: MoveStep) => {
          if (step === killedAt) throw new Error('killed');
        }),
      ).toThrow('killed');

      const core = start(dataDir);
      const kept = fs.readdirSync(dataDir).filter((name) => name.includes('.damaged-')).sort();
      expect(kept).toHaveLength(3);
      expect(fs.readFileSync(path.join(dataDir, kept[0]!))).toEqual(damaged);
      expect(fs.readFileSync(path.join(dataDir, `${kept[0]}-wal`))).toEqual(wal);
      expect(startupNotices(core.startup)).toEqual([expect.stringMatching(/stopped while setting aside a damaged journal.*kept unchanged as .*damaged-/)]);
      expect(notes(core)).toEqual([]);
    });
  }
});

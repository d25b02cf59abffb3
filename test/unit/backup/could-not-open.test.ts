import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSqlite, type SqliteDriver } from '../../../electron/core/db/sqlite-driver';
import { createCore, DATABASE_FILE } from '../../../electron/core/limber-core';
import { bundleChild } from '../../support/bundle-child';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';

const clock = () => new FakeClock(Date.UTC(2026, 10, 25, 9));

/** A journal with one entry and today's backup, as a person would have after a day of use. */
async function journalWithEntry(): Promise<{ dataDir: string; file: string; bytes: Buffer }> {
  const dataDir = tempDir();
  const core = createCore({ dataDir, clock: clock() });
  core.episodes.add({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 5, areas: ['neck-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'keep me' });
  await core.backups.backUpIfDue();
  core.close();
  const file = path.join(dataDir, DATABASE_FILE);
  return { dataDir, file, bytes: fs.readFileSync(file) };
}

/** SQLite failing to open the journal the way it reports problems that are not damage. */
function failingJournalOpens(code: string): SqliteDriver {
  return {
    open(file, options) {
      if (path.basename(file) === DATABASE_FILE) throw Object.assign(new Error(`simulated ${code}`), { code });
      return nodeSqlite.open(file, options);
    },
  };
}

describe('a journal that could not be opened is not called damaged', () => {
  for (const [code, words] of [
    ['SQLITE_FULL', 'the disk is full'],
    ['SQLITE_CANTOPEN', 'may not read or write it'],
    ['SQLITE_READONLY', 'read-only'],
    ['SQLITE_BUSY', 'another program holds it'],
    ['SQLITE_IOERR_READ', 'SQLITE_IOERR_READ'],
  ] as const) {
    it(`${code}: says what, where and what to do, and moves nothing`, async () => {
      const { dataDir, file, bytes } = await journalWithEntry();
      const before = fs.readdirSync(dataDir).sort();
      let refusal: { code?: string; message?: string } = {};
      try {
        createCore({ dataDir, clock: clock(), driver: failingJournalOpens(code) });
      } catch (error) {
        refusal = error as typeof refusal;
      }
      expect(refusal.code).toBe('journal-unavailable');
      expect(refusal.message).toContain(file);
      expect(refusal.message).toContain(words);
      expect(refusal.message).toMatch(/Nothing was moved or changed\.$/);
      expect(fs.readdirSync(dataDir).sort()).toEqual(before);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    });
  }

  it('opened as another user who may not read it: says so and moves nothing (run as nobody)', async (context) => {
    if (process.getuid?.() !== 0) {
      console.log('skipped: needs root to start a child as another user (setpriv); CI runs as root');
      return context.skip();
    }
    const { dataDir, file, bytes } = await journalWithEntry();
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(file, 0o600);
    const child = await bundleChild('test/support/open-journal-child.ts');
    const run = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, child, dataDir], { encoding: 'utf8' });
    const outcome = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { opened: boolean; code?: string; message?: string };
    expect(outcome, run.stderr).toMatchObject({ opened: false, code: 'journal-unavailable' });
    expect(outcome.message).toContain('may not read or write it');
    expect(fs.readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptJournals } from '../../../electron/core/backup/kept-journals';
import { startupNotices } from '../../../electron/core/backup/startup-notices';
import { createCore, DATABASE_FILE, type LimberCore } from '../../../electron/core/limber-core';
import { bundleChild } from '../../support/bundle-child';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';

// Real kills, not simulated ones: the child runs under strace, which delivers SIGKILL at the N-th
// call of one file operation that can leave the folder half-changed (rename, unlink, fsync, the
// copy), for each operation and N = 1, 2, … until the child gets through (strace counts each
// system call on its own). After each kill Limber starts again on the folder as it was left. The
// invariant, for every kill point: the journal is not empty, every readable entry the person had
// is in the journal or in a file Settings lists as kept aside, and a damaged file is kept whole.

const OPERATIONS = ['rename', 'unlink', 'fsync', 'fdatasync', 'copy_file_range', 'sendfile'];
const straceWorks = spawnSync('strace', ['-f', '-qq', '-e', 'trace=none', 'true']).status === 0;
if (!straceWorks) {
  const reason = 'the kill tests need strace able to trace (apt: strace; .ci/run installs it), and ptrace permitted';
  if (process.env.CI) throw new Error(reason);
  console.warn(`Skipping: ${reason}`);
}

let child: string;
beforeAll(async () => {
  child = await bundleChild('test/support/recovery-child.ts');
});

const clock = () => new FakeClock(Date.UTC(2026, 10, 25, 9));
const entry = (notes: string) => ({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left' as const], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes });

function notesIn(file: string): string[] {
  try {
    const copy = `${tempDir()}/look.sqlite3`;
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { readonly: true });
    try {
      return db.prepare('SELECT notes FROM episodes').pluck().all() as string[];
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

interface Prepared {
  dataDir: string;
  /** Every readable entry the person had. */
  had: string[];
  /** Files that cannot be read (damaged) and must be kept byte for byte, with their WAL. */
  keepWhole?: { main: Buffer; wal: Buffer };
  /** The child's arguments after the folder. */
  args: string[];
}

interface Scenario {
  name: string;
  prepare(): Promise<Prepared>;
}

/** A journal of `inBackup` + `after` entries whose backup holds `inBackup` only. */
async function journalWithBackup(inBackup: string[], after: string[]) {
  const dataDir = tempDir();
  const core = createCore({ dataDir, clock: clock() });
  for (const notes of inBackup) core.episodes.add(entry(notes));
  const backup = (await core.backups.backUpIfDue())!;
  for (const notes of after) core.episodes.add(entry(notes));
  return { dataDir, core, backup };
}

const scenarios: Scenario[] = [
  {
    name: 'restoring a backup from Settings',
    async prepare() {
      const { dataDir, core, backup } = await journalWithBackup(['a', 'b'], ['c']);
      core.close();
      return { dataDir, had: ['a', 'b', 'c'], args: [backup.name] };
    },
  },
  {
    name: 'starting with a damaged journal (and its WAL) beside a good backup',
    async prepare() {
      const { dataDir, core, backup } = await journalWithBackup(['a', 'b'], ['c']);
      const file = path.join(dataDir, DATABASE_FILE);
      core.db.pragma('wal_checkpoint(TRUNCATE)');
      core.episodes.add(entry('d, only in the WAL'));
      const [main, wal] = [fs.readFileSync(file), fs.readFileSync(`${file}-wal`)];
      core.close();
      main.fill(0x55, 100, 4096 * 2);
      fs.writeFileSync(file, main);
      fs.writeFileSync(`${file}-wal`, wal);
      void backup;
      return { dataDir, had: ['a', 'b'], keepWhole: { main, wal }, args: [] };
    },
  },
  {
    name: 'starting with a WAL from another journal beside the journal',
    async prepare() {
      const { dataDir, core } = await journalWithBackup(['a'], ['b']);
      core.close();
      const other = createCore({ dataDir: tempDir(), clock: clock() });
      other.episodes.add(entry('theirs'));
      fs.copyFileSync(path.join(path.dirname(other.file), `${DATABASE_FILE}-wal`), path.join(dataDir, `${DATABASE_FILE}-wal`));
      other.close();
      return { dataDir, had: ['a', 'b'], args: [] };
    },
  },
];

const table: string[] = [];
afterAll(() => {
  if (table.length) console.log(`kills at each call of ${OPERATIONS.join(', ')}:\n${table.join('\n')}`);
});

interface AfterKill {
  /** Every entry the person had is in the journal itself. */
  whole: boolean;
  told: boolean;
}

/** Runs the child killed at the n-th call of `operation` and starts Limber again; null when it got through. */
async function killAndRestart(scenario: Scenario, operation: string, n: number): Promise<AfterKill | null> {
  const { dataDir, had, keepWhole, args } = await scenario.prepare();
  const strace = ['-f', '-qq', '-o', '/dev/null', '-e', `inject=${operation}:signal=KILL:when=${n}`];
  const run = spawnSync('strace', [...strace, process.execPath, child, dataDir, ...args], { encoding: 'utf8' });
  if (run.status === 0) {
    expect(run.stdout).toMatch(/^\{"startup"/);
    return null;
  }
  const at = `${operation} #${n}`;
  const core: LimberCore = createCore({ dataDir, clock: clock() });
  const shown = core.episodes.list({ limit: 50 }).items.map((e) => e.notes);
  const kept = keptJournals(core.file);
  const notices = startupNotices(core.startup);
  core.close();
  const keptNotes = kept.flatMap((k) => notesIn(k.file));
  const lost = had.filter((notes) => !shown.includes(notes) && !keptNotes.includes(notes));
  expect({ at, journalEmpty: shown.length === 0, lost }).toEqual({ at, journalEmpty: false, lost: [] });
  expect({ at, leftovers: fs.readdirSync(dataDir).filter((name) => /plan|restoring|partial|^\.look-/.test(name)) }).toEqual({ at, leftovers: [] });
  if (keepWhole) {
    const same = (file: string, bytes: Buffer) => fs.existsSync(file) && fs.readFileSync(file).equals(bytes);
    const keptWhole = kept.some((k) => same(k.file, keepWhole.main) && same(`${k.file}-wal`, keepWhole.wal));
    expect({ at, keptWhole }).toEqual({ at, keptWhole: true });
  }
  return { whole: !keepWhole && had.every((notes) => shown.includes(notes)), told: notices.length > 0 };
}

describe.skipIf(!straceWorks)('killed at each file operation, for real', () => {
  for (const scenario of scenarios) {
    it(`${scenario.name}: no kill point hides an entry or leaves an empty journal`, async () => {
      const after: AfterKill[] = [];
      const perOperation: string[] = [];
      for (const operation of OPERATIONS) {
        let n = 1;
        for (let outcome; (outcome = await killAndRestart(scenario, operation, n)); n++) after.push(outcome);
        perOperation.push(`${operation} ${n - 1}`);
      }
      const count = (test: (a: AfterKill) => boolean) => after.filter(test).length;
      table.push(
        `  ${scenario.name}: ${after.length} kill points (${perOperation.join(', ')}); every entry in the journal after ${count((a) => a.whole)}, ` +
          `some only in a kept-aside file listed in Settings after ${count((a) => !a.whole)}, also told at start after ${count((a) => a.told)}; entries lost: 0`,
      );
      expect(after.length).toBeGreaterThan(2);
    }, 120_000);
  }
});

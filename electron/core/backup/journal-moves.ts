import fs from 'node:fs';
import path from 'node:path';

/** The journal's file and SQLite's files beside it (a rollback journal too), moved together. */
export const JOURNAL_FILES = ['', '-wal', '-shm', '-journal'];
const PLAN = '.move-plan';
/** Written by the first version of the restore swap; read so a kill under it is still finished. */
const OLD_PLAN = '.restore-plan';
const STAGED = '.restoring';

/**
 * A change to the files under the journal's name that takes more than one rename. Each is written
 * down (and fsynced) before its first step, and every step can be repeated, so a kill at any point
 * is finished at the next start and the person is told what happened.
 * - `restore`: the journal (with its WAL) is kept as `keptAs` and the checked copy `staged` takes its place;
 * - `set-aside`: a damaged journal and its WAL are moved to `keptAs`, together;
 * - `foreign-wal`: a WAL that does not belong to the journal is moved to `keptAs-wal`, beside a copy of
 *   the journal as `keptAs`, so the pair can still be opened; the journal stays, without it.
 */
export type JournalMove =
  | { kind: 'restore'; staged: string; keptAs: string }
  | { kind: 'set-aside'; keptAs: string }
  | { kind: 'foreign-wal'; keptAs: string };

/** Where a move is; tests stop it there to stand for a kill. */
export type MoveStep = 'planned' | `moved${string}` | 'renamed' | 'copied';

export function stagedCopyOf(file: string): string {
  return `${file}${STAGED}`;
}

export function moveJournal(file: string, move: JournalMove, step?: (reached: MoveStep) => void): void {
  writeDurably(file + PLAN, JSON.stringify(move));
  step?.('planned');
  finish(file, move, step);
}

/**
 * At start-up, before the journal is opened: finishes a move a kill interrupted, or removes a
 * staged copy whose restore never began (the journal was not touched then). Returns the move it
 * finished, for the person to be told.
 */
export function resumeInterruptedMove(file: string): JournalMove | null {
  for (const planFile of [file + PLAN, file + OLD_PLAN]) {
    if (!fs.existsSync(planFile)) continue;
    const move = readPlan(planFile);
    // A plan cut short while being written: no step had begun.
    fs.rmSync(planFile, { force: true });
    if (move) {
      writeDurably(file + PLAN, JSON.stringify(move));
      finish(file, move);
      return move;
    }
  }
  const staged = stagedCopyOf(file);
  for (const suffix of JOURNAL_FILES) fs.rmSync(staged + suffix, { force: true });
  return null;
}

/** Each kind is idempotent: running it again after a kill at any step ends in the same place. */
function finish(file: string, move: JournalMove, step?: (reached: MoveStep) => void): void {
  const dir = path.dirname(file);
  switch (move.kind) {
    case 'restore':
      // While the staged copy exists, whatever is under the journal's name is the old journal.
      if (fs.existsSync(move.staged)) {
        moveFiles(file, move.keptAs, JOURNAL_FILES, step);
        for (const suffix of JOURNAL_FILES.slice(1)) fs.rmSync(move.staged + suffix, { force: true });
        fs.renameSync(move.staged, file);
        step?.('renamed');
      }
      break;
    case 'set-aside':
      moveFiles(file, move.keptAs, JOURNAL_FILES, step);
      break;
    case 'foreign-wal':
      if (fs.existsSync(file + '-wal')) {
        if (!fs.existsSync(move.keptAs)) copyDurably(file, move.keptAs);
        step?.('copied');
        moveFiles(file, move.keptAs, ['-wal'], step);
      }
      // The index of a WAL that is gone; SQLite rebuilds it.
      fs.rmSync(file + '-shm', { force: true });
      break;
  }
  fsync(dir);
  fs.rmSync(file + PLAN, { force: true });
  fsync(dir);
}

function moveFiles(from: string, to: string, suffixes: string[], step?: (reached: MoveStep) => void): void {
  for (const suffix of suffixes) {
    if (!fs.existsSync(from + suffix)) continue;
    fs.renameSync(from + suffix, to + suffix);
    step?.(`moved${suffix}`);
  }
}

function readPlan(planFile: string): JournalMove | null {
  try {
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as Record<string, unknown>;
    const { kind = 'restore', staged, keptAs } = plan;
    if (typeof keptAs !== 'string') return null;
    if (kind === 'restore') return typeof staged === 'string' ? { kind, staged, keptAs } : null;
    return kind === 'set-aside' || kind === 'foreign-wal' ? { kind, keptAs } : null;
  } catch {
    return null;
  }
}

/** Copies under a temporary name, flushed, then renamed: `to` is never a partial copy. */
function copyDurably(from: string, to: string): void {
  const partial = `${to}.partial`;
  fs.copyFileSync(from, partial);
  fsync(partial);
  fs.renameSync(partial, to);
}

function writeDurably(file: string, text: string): void {
  fs.writeFileSync(file, text);
  fsync(file);
  fsync(path.dirname(file));
}

export function fsync(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

import fs from 'node:fs';
import path from 'node:path';

/** The journal's file and SQLite's files beside it, moved together. */
export const JOURNAL_FILES = ['', '-wal', '-shm'];
const PLAN = '.restore-plan';
const STAGED = '.restoring';

interface Plan {
  staged: string;
  keptAs: string;
}

/** Where a swap is; tests stop it there to stand for a kill. */
export type SwapStep = 'planned' | `set-aside${string}` | 'renamed';

export function stagedCopyOf(file: string): string {
  return `${file}${STAGED}`;
}

/**
 * Puts a staged, checked copy in place of the journal, keeping the journal as `keptAs`. The plan is
 * written to disk before the first rename, so a kill at any point is finished at the next start
 * (`resumeInterruptedRestore`): the person then has the restored journal and the old one kept,
 * never neither.
 */
export function swapIn(file: string, plan: Plan, step?: (reached: SwapStep) => void): void {
  writeDurably(file + PLAN, JSON.stringify(plan));
  step?.('planned');
  finish(file, plan, step);
}

/**
 * At start-up, before the journal is opened: finishes a swap a kill interrupted, or removes a copy
 * whose swap never began (the journal was not touched then). Returns what it did.
 */
export function resumeInterruptedRestore(file: string): 'finished' | 'cleared' | null {
  const planFile = file + PLAN;
  if (fs.existsSync(planFile)) {
    const plan = readPlan(planFile);
    if (plan) {
      finish(file, plan);
      return 'finished';
    }
    // Cut short while being written: no rename had begun.
    fs.rmSync(planFile, { force: true });
  }
  const staged = stagedCopyOf(file);
  if (!fs.existsSync(staged)) return null;
  for (const suffix of JOURNAL_FILES) fs.rmSync(staged + suffix, { force: true });
  return 'cleared';
}

/** Idempotent: while the staged copy exists, whatever is under the journal's name is the old journal. */
function finish(file: string, plan: Plan, step?: (reached: SwapStep) => void): void {
  const dir = path.dirname(file);
  if (fs.existsSync(plan.staged)) {
    for (const suffix of JOURNAL_FILES) {
      if (!fs.existsSync(file + suffix)) continue;
      fs.renameSync(file + suffix, plan.keptAs + suffix);
      step?.(`set-aside${suffix}`);
    }
    for (const suffix of JOURNAL_FILES.slice(1)) fs.rmSync(plan.staged + suffix, { force: true });
    fs.renameSync(plan.staged, file);
    step?.('renamed');
    fsync(dir);
  }
  fs.rmSync(file + PLAN, { force: true });
  fsync(dir);
}

function readPlan(planFile: string): Plan | null {
  try {
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as Partial<Plan>;
    return typeof plan.staged === 'string' && typeof plan.keptAs === 'string' ? { staged: plan.staged, keptAs: plan.keptAs } : null;
  } catch {
    return null;
  }
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

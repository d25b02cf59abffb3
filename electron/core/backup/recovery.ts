import fs from 'node:fs';
import path from 'node:path';
import { couldNotOpen, isDamageError } from '../db/open-failure';
import { nodeSqlite, type SqliteDriver } from '../db/sqlite-driver';
import { isHealthy, latestPlausibleDay, listBackups, type BackupInfo } from './backups';
import { fsync, JOURNAL_FILES, stagedCopyOf, swapIn, type SwapStep } from './journal-swap';

export type StartupCheck =
  | { status: 'ok' }
  | {
      /** No journal, or an empty (0-byte) one, while a good backup exists: not silently a new journal. */
      status: 'missing';
      empty: boolean;
      newestGoodBackup: BackupInfo;
    }
  | {
      status: 'damaged';
      /** Where the damaged file was moved; it is never written over or deleted. */
      keptAs: string;
      /** The newest backup that passes its own check, to offer; null when none does. */
      newestGoodBackup: BackupInfo | null;
    };


/**
 * Runs before the journal is opened for writing. A file that fails SQLite's quick check is moved
 * aside (with its WAL) untouched, so nothing is ever written over it, and the newest good backup
 * is found for the person to restore.
 */
export function checkJournalFile(databaseFile: string, backupDir: string, now: number, driver: SqliteDriver = nodeSqlite): StartupCheck {
  const newestGoodBackup = () => listBackups(backupDir, latestPlausibleDay(now)).find((b) => isHealthy(b.file, driver)) ?? null;
  const size = fs.statSync(databaseFile, { throwIfNoEntry: false })?.size;
  if (size === undefined || size === 0) {
    const backup = newestGoodBackup();
    return backup ? { status: 'missing', empty: size === 0, newestGoodBackup: backup } : { status: 'ok' };
  }
  if (inspectJournal(databaseFile, driver) === 'sound') return { status: 'ok' };
  const keptAs = moveAside(databaseFile, 'damaged', now);
  return { status: 'damaged', keptAs, newestGoodBackup: newestGoodBackup() };
}

/**
 * Whether the journal is sound or proven damaged (SQLite says it is not a database, or its quick
 * check fails). Any other failure (permissions, a full or read-only disk, a lock) proves nothing
 * about the file and is thrown as `journal-unavailable`, so the caller moves nothing.
 */
export function inspectJournal(file: string, driver: SqliteDriver = nodeSqlite): 'sound' | 'damaged' {
  try {
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw couldNotOpen(file, error);
  }
  let db: ReturnType<SqliteDriver['open']>;
  try {
    db = driver.open(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    if (isDamageError(error)) return 'damaged';
    throw couldNotOpen(file, error);
  }
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'sound' : 'damaged';
  } catch (error) {
    if (isDamageError(error)) return 'damaged';
    throw couldNotOpen(file, error);
  } finally {
    db.close();
  }
}

function asideName(databaseFile: string, why: string, now: number): string {
  return `${databaseFile}.${why}-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
}

/** Renames the journal and its WAL files to `<file>.<why>-<time>`; returns the new name. */
function moveAside(databaseFile: string, why: string, now: number): string {
  const keptAs = asideName(databaseFile, why, now);
  for (const suffix of JOURNAL_FILES) {
    if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, keptAs + suffix);
  }
  return keptAs;
}

/**
 * The part of a restore that can fail (a damaged backup, a full disk) and needs no closed journal:
 * the backup is checked, copied beside the journal, flushed to disk and checked again. Returns the
 * copy, for `completeRestore`; on failure nothing of the journal was touched.
 */
export function stageRestore(backup: BackupInfo, databaseFile: string, driver: SqliteDriver = nodeSqlite): string {
  if (!isHealthy(backup.file, driver)) throw new Error(`The backup ${backup.name} is damaged and was not restored.`);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const staged = stagedCopyOf(databaseFile);
  try {
    fs.copyFileSync(backup.file, staged);
    fsync(staged);
    if (!isHealthy(staged, driver)) throw new Error(`The copy of ${backup.name} did not pass its check.`);
  } catch (error) {
    fs.rmSync(staged, { force: true });
    throw error;
  }
  return staged;
}

/**
 * Puts a staged backup in place of the journal (which must be closed). A journal already there is
 * kept aside, not overwritten: restoring an older backup must never silently drop newer entries.
 * Returns where the replaced journal went, if there was one.
 */
export function completeRestore(staged: string, databaseFile: string, now: number, step?: (reached: SwapStep) => void): string | null {
  const existed = fs.existsSync(databaseFile);
  const keptAs = asideName(databaseFile, 'before-restore', now);
  swapIn(databaseFile, { staged, keptAs }, step);
  return existed ? keptAs : null;
}

/** Both steps at once, for a journal that is not open (start-up, the preview host). */
export function restoreBackup(backup: BackupInfo, databaseFile: string, now: number, driver: SqliteDriver = nodeSqlite): string | null {
  return completeRestore(stageRestore(backup, databaseFile, driver), databaseFile, now);
}


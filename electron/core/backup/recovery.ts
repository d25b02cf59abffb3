import fs from 'node:fs';
import path from 'node:path';
import { couldNotOpen } from '../db/open-failure';
import { checkedLook, readOnlyLook, withDatabase } from '../db/read-only-look';
import { nodeSqlite, type SqliteDriver } from '../db/sqlite-driver';
import { isHealthy, latestPlausibleDay, listBackups, type BackupInfo } from './backups';
import { walBelongsToJournal } from '../db/wal-ownership';
import { keptName } from './kept-journals';
import { fsync, JOURNAL_FILES, moveJournal, stagedCopyOf, type MoveStep } from './journal-moves';

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
    }
  | {
      /** The `-wal` beside the journal came from another journal: it and a copy of the journal are kept as `keptAs(-wal)`. */
      status: 'foreign-wal';
      keptAs: string;
    };


/**
 * Runs before the journal is opened for writing. A WAL from another journal is set aside before
 * SQLite can apply it; a file that fails SQLite's quick check is moved aside (with its WAL)
 * untouched, so nothing is ever written over it, and the newest good backup is found for the
 * person to restore.
 */
export function checkJournalFile(
  databaseFile: string,
  backupDir: string,
  now: number,
  driver: SqliteDriver = nodeSqlite,
  step?: (reached: MoveStep) => void,
): StartupCheck {
  const newestGoodBackup = () => listBackups(backupDir, latestPlausibleDay(now)).find((b) => isHealthy(b.file, driver)) ?? null;
  const size = fs.statSync(databaseFile, { throwIfNoEntry: false })?.size;
  if (size === undefined || size === 0) {
    const backup = newestGoodBackup();
    return backup ? { status: 'missing', empty: size === 0, newestGoodBackup: backup } : { status: 'ok' };
  }
  if (!walBelongsToJournal(databaseFile, driver)) {
    const keptAs = keptName(databaseFile, 'foreign-wal', now);
    moveJournal(databaseFile, { kind: 'foreign-wal', keptAs }, step);
    return { status: 'foreign-wal', keptAs };
  }
  if (inspectJournal(databaseFile, driver) === 'sound') return { status: 'ok' };
  const keptAs = keptName(databaseFile, 'damaged', now);
  moveJournal(databaseFile, { kind: 'set-aside', keptAs }, step);
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
  return checkedLook(file, (look) => readOnlyLook(file, driver, look), () => null).sound ? 'sound' : 'damaged';
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
    // Backups are kept in rollback mode (no side files); the journal runs in WAL. Switching here,
    // on the copy, means the first open after the swap needs no rollback journal that a kill
    // could leave hot.
    withDatabase(driver.open(staged, { fileMustExist: true }), (db) => db.pragma('journal_mode = WAL'));
    fsync(staged);
    if (!isHealthy(staged, driver)) throw new Error(`The copy of ${backup.name} did not pass its check.`);
  } catch (error) {
    for (const suffix of JOURNAL_FILES) fs.rmSync(staged + suffix, { force: true });
    throw error;
  }
  return staged;
}

/**
 * Puts a staged backup in place of the journal (which must be closed). A journal already there is
 * kept aside, not overwritten: restoring an older backup must never silently drop newer entries.
 * Returns where the replaced journal went, if there was one.
 */
export function completeRestore(staged: string, databaseFile: string, now: number, step?: (reached: MoveStep) => void): string | null {
  const existed = fs.existsSync(databaseFile);
  const keptAs = keptName(databaseFile, 'before-restore', now);
  moveJournal(databaseFile, { kind: 'restore', staged, keptAs }, step);
  return existed ? keptAs : null;
}

/** Both steps at once, for a journal that is not open (start-up, the preview host). */
export function restoreBackup(backup: BackupInfo, databaseFile: string, now: number, driver: SqliteDriver = nodeSqlite): string | null {
  return completeRestore(stageRestore(backup, databaseFile, driver), databaseFile, now);
}


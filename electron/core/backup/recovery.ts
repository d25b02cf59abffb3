import fs from 'node:fs';
import path from 'node:path';
import { isHealthy, listBackups, type BackupInfo } from './backups';

export type StartupCheck =
  | { status: 'ok' }
  | {
      status: 'damaged';
      /** Where the damaged file was moved; it is never written over or deleted. */
      keptAs: string;
      /** The newest backup that passes its own check, to offer; null when none does. */
      newestGoodBackup: BackupInfo | null;
    };

const SIDE_FILES = ['', '-wal', '-shm'];

/**
 * Runs before the journal is opened for writing. A file that fails SQLite's quick check is moved
 * aside (with its WAL) untouched, so nothing is ever written over it, and the newest good backup
 * is found for the person to restore.
 */
export function checkJournalFile(databaseFile: string, backupDir: string, now: number, nativeBinding?: string): StartupCheck {
  const opts = { nativeBinding };
  if (!fs.existsSync(databaseFile) || isHealthy(databaseFile, opts)) return { status: 'ok' };
  const keptAs = moveAside(databaseFile, 'damaged', now);
  return { status: 'damaged', keptAs, newestGoodBackup: listBackups(backupDir).find((b) => isHealthy(b.file, opts)) ?? null };
}

/** Renames the journal and its WAL files to `<file>.<why>-<time>`; returns the new name. */
function moveAside(databaseFile: string, why: string, now: number): string {
  const keptAs = `${databaseFile}.${why}-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, keptAs + suffix);
  }
  return keptAs;
}

/**
 * Puts a backup in place of the journal (which must be closed). A journal already there is kept
 * aside, not overwritten: restoring an older backup must never silently drop newer entries.
 * Returns where the replaced journal went, if there was one.
 */
export function restoreBackup(backup: BackupInfo, databaseFile: string, now: number, nativeBinding?: string): string | null {
  if (!isHealthy(backup.file, { nativeBinding })) throw new Error(`The backup ${backup.name} is damaged and was not restored.`);
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const partial = `${databaseFile}.restoring`;
  fs.copyFileSync(backup.file, partial);
  const keptAs = fs.existsSync(databaseFile) ? moveAside(databaseFile, 'before-restore', now) : null;
  fs.renameSync(partial, databaseFile);
  return keptAs;
}

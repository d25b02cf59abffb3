import fs from 'node:fs';
import path from 'node:path';
import { LimberError } from '../errors';

/** SQLite's own verdicts that a file is not a sound database. Everything else is "could not open". */
const DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

export function isDamageError(error: unknown): boolean {
  return DAMAGE_CODES.test(codeOf(error));
}

/**
 * Why a journal that may be perfectly sound could not be opened, in words that say what, where and
 * what to do. Such a file is never moved aside or replaced: only damage proven by SQLite is.
 */
export function couldNotOpen(file: string, error: unknown): LimberError {
  const code = codeOf(error);
  // A full disk often surfaces as an I/O error (SQLITE_IOERR_SHMSIZE: the -shm file cannot grow).
  const why = /SQLITE_FULL|ENOSPC/.test(code) || (/SQLITE_IOERR|SQLITE_CANTOPEN/.test(code) && nearlyFull(path.dirname(file)))
    ? 'the disk is full. Free some space'
    : /SQLITE_BUSY|SQLITE_LOCKED/.test(code)
      ? 'another program holds it (is another Limber running, perhaps as another user?). Close it'
      : /SQLITE_READONLY|EROFS/.test(code)
        ? 'the file or its folder is read-only. Make them writable'
        : /SQLITE_CANTOPEN|SQLITE_PERM|SQLITE_AUTH|EACCES|EPERM/.test(code)
          ? 'this user may not read or write it (its owner or permissions changed). Give your user access to the file and its folder'
          : `the system reported ${code || 'an error'}: ${error instanceof Error ? error.message : String(error)}. Check the disk`;
  return new LimberError('journal-unavailable', `Limber could not open your journal at ${file}: ${why}, then start Limber again. Nothing was moved or changed.`);
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Less than 1 MiB left for this user on the folder's file system. */
function nearlyFull(dir: string): boolean {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { couldNotOpen, isDamageError } from './open-failure';
import type { Db } from './open-database';
import type { SqliteDriver } from './sqlite-driver';

/**
 * Runs `look` on the database read-only, so the file is not changed by being looked at. A file
 * left with a hot rollback journal (a kill in the middle of a transaction in rollback mode, such
 * as switching a restored backup to WAL) cannot be read read-only: SQLite must roll it back
 * first. Then the file and its journal are copied to a private folder and the copy is rolled back
 * and read, so the question is answered about what SQLite will see, and the original is untouched.
 */
export function readOnlyLook<T>(file: string, driver: SqliteDriver, look: (db: Db) => T): T {
  try {
    return withDatabase(driver.open(file, { readonly: true, fileMustExist: true }), look);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_READONLY_ROLLBACK') throw error;
  }
  return withPrivateCopy(file, ['', '-journal'], (copy) => withDatabase(driver.open(copy, { fileMustExist: true }), look));
}

const LOOK_PREFIX = '.look-';

/**
 * Copies the journal's `suffixes` files into a private folder beside it (the journal's own disk
 * and permissions, not a shared or RAM-backed temp folder) and runs `use` on the copy; the folder
 * is removed after, and at the next start if a kill left it (`clearLookLeftovers`).
 */
export function withPrivateCopy<T>(file: string, suffixes: string[], use: (copy: string) => T): T {
  const dir = fs.mkdtempSync(path.join(path.dirname(file), LOOK_PREFIX));
  try {
    const copy = path.join(dir, path.basename(file));
    for (const suffix of suffixes) fs.copyFileSync(file + suffix, copy + suffix);
    return use(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function clearLookLeftovers(file: string): void {
  const dir = path.dirname(file);
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(LOOK_PREFIX)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

export function withDatabase<T>(db: Db, look: (db: Db) => T): T {
  try {
    return look(db);
  } finally {
    db.close();
  }
}

export type Verdict<T> = { sound: true; value: T } | { sound: false };

/**
 * SQLite's quick check on a database `run` opens, then `look` if it passes. Damage SQLite reports
 * is a verdict; any other failure (permissions, a full or read-only disk, a lock) proves nothing
 * about the file and is thrown as `journal-unavailable`, so the caller moves nothing.
 */
export function checkedLook<T>(file: string, run: <R>(look: (db: Db) => R) => R, look: (db: Db) => T): Verdict<T> {
  try {
    return run((db): Verdict<T> => (db.pragma('quick_check', { simple: true }) === 'ok' ? { sound: true, value: look(db) } : { sound: false }));
  } catch (error) {
    if (isDamageError(error)) return { sound: false };
    throw couldNotOpen(file, error);
  }
}

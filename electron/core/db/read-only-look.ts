import fs from 'node:fs';
import os from 'node:os';
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-look-'));
  try {
    const copy = path.join(dir, path.basename(file));
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
    return withDatabase(driver.open(copy, { fileMustExist: true }), look);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
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

import Database from 'better-sqlite3';

/**
 * Opens SQLite files with the native build this runtime can load. Under `npm start` that is an
 * Electron build outside node_modules, so every open (the journal, backups, checks) must go through
 * the same driver: one `new Database` without it fails with an ABI mismatch.
 */
export interface SqliteDriver {
  open(file: string, options?: Database.Options): Database.Database;
}

export function sqliteDriver(nativeBinding?: string): SqliteDriver {
  return { open: (file, options = {}) => new Database(file, nativeBinding ? { ...options, nativeBinding } : options) };
}

/** The build in node_modules: the preview host's and the tests'. */
export const nodeSqlite: SqliteDriver = sqliteDriver();

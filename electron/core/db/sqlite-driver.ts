import Database from 'better-sqlite3';

/**
 * Opens SQLite files with the native build this runtime can load. Under `npm start` that is an
 * Electron build outside node_modules, so every open (the journal, backups, checks) must go through
 * the same driver: one `new Database` without it fails with an ABI mismatch.
 */
export interface SqliteDriver {
  open(file: string, options?: Database.Options): Database.Database;
  /** An in-memory database from a file's bytes. */
  openImage(bytes: Buffer): Database.Database;
}

export function sqliteDriver(nativeBinding?: string): SqliteDriver {
  const options = (extra: Database.Options = {}) => (nativeBinding ? { ...extra, nativeBinding } : extra);
  return {
    open: (file, extra) => new Database(file, options(extra)),
    openImage: (bytes) => new Database(bytes, options()),
  };
}

/** The build in node_modules: the preview host's and the tests'. */
export const nodeSqlite: SqliteDriver = sqliteDriver();

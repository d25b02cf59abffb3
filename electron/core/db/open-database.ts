import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { migrate, refuseNewerSchema, schemaVersion } from './migrate';
import { nodeSqlite, type SqliteDriver } from './sqlite-driver';
import { migrations } from './migrations';
import { readOnlyLook } from './read-only-look';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the journal database and brings its schema up to date. A journal from
 * a newer Limber is refused before anything writes to it: switching it to WAL, or closing a
 * connection (which folds a pending WAL into the file), would already change it.
 */
export function openDatabase(file: string, driver: SqliteDriver = nodeSqlite): Db {
  if (fs.existsSync(file)) refuseIfTooNew(file, driver);
  const db = driver.open(file);
  try {
    db.pragma('journal_mode = WAL');
    // Writes are rare and precious (a person's health log): durability beats microseconds.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refuseIfTooNew(file: string, driver: SqliteDriver): void {
  // Read-only: its close cannot checkpoint the WAL.
  readOnlyLook(file, driver, (peek) => refuseNewerSchema(schemaVersion(peek), migrations.length));
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection and SQL text. better-sqlite3 compiles on every
 * prepare(); the journal's hot paths (inserts, pages, imports) reuse a handful of statements.
 */
export function prepared<P extends unknown[] | Record<string, unknown> = unknown[], R = unknown>(
  db: Db,
  sql: string,
): Database.Statement<P, R> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Database.Statement<P, R>;
}

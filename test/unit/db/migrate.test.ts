import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion, type Migration } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open-database';
import { LimberError } from '../../../electron/core/errors';
import { tempDir } from '../../support/test-core';

const opened: Database.Database[] = [];
const open = (file: string) => {
  const db = openDatabase(file);
  opened.push(db);
  return db;
};
afterEach(() => opened.splice(0).forEach((db) => db.open && db.close()));

describe('opening the journal database', () => {
  it('creates a new file at the latest schema, in WAL mode with foreign keys and full sync', () => {
    const db = open(path.join(tempDir(), 'new.sqlite3'));
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('makes every table STRICT', () => {
    const db = open(path.join(tempDir(), 'strict.sqlite3'));
    const tables = db.prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all();
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
  });

  it('reopens an existing file without running migrations again', () => {
    const file = path.join(tempDir(), 'again.sqlite3');
    open(file).prepare("INSERT INTO episodes (started_at, time_zone, local_day, intensity, areas, created_at, updated_at) VALUES (1, 'UTC', '1970-01-01', 3, '[\"neck-left\"]', 1, 1)").run();
    opened.pop()!.close();
    const db = open(file);
    expect(db.prepare('SELECT count(*) AS n FROM episodes').get()).toEqual({ n: 1 });
  });

  it('refuses a database written by a newer Limber and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.sqlite3');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER) STRICT');
    future.pragma(`user_version = ${migrations.length + 5}`);
    future.close();

    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'database-too-new' }));
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(migrations.length + 5);
    expect(after.prepare("SELECT name FROM sqlite_schema WHERE name = 'episodes'").get()).toBeUndefined();
    after.close();
  });
});

describe('migrate', () => {
  const table = (name: string, version: number): Migration => ({ version, up: (db) => db.exec(`CREATE TABLE ${name} (x INTEGER) STRICT`) });

  it('runs all pending migrations in one transaction: a failure leaves nothing behind', () => {
    const db = new Database(':memory:');
    const failing: Migration = { version: 2, up: () => { throw new Error('boom'); } };
    expect(() => migrate(db, [table('a', 1), failing])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'a'").get()).toBeUndefined();
    db.close();
  });

  it('runs only the migrations after the current version', () => {
    const db = new Database(':memory:');
    migrate(db, [table('a', 1)]);
    migrate(db, [table('a', 1), table('b', 2)]);
    expect(schemaVersion(db)).toBe(2);
    db.close();
  });

  it('rejects a migration list with gaps', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [table('a', 1), table('c', 3)])).toThrow(/expected 2/);
    db.close();
  });

  it('explains the too-new refusal in words a user can act on', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 9');
    try {
      migrate(db, [table('a', 1)]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LimberError);
      expect((error as Error).message).toMatch(/newer version of Limber.*Update Limber/);
    }
    db.close();
  });
});

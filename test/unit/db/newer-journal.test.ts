import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database';
import { tempDir } from '../../support/test-core';

/** The bytes of a journal and its side files, to compare before and after. */
function snapshot(file: string): Record<string, string> {
  return Object.fromEntries(['', '-wal', '-shm', '-journal'].filter((s) => fs.existsSync(file + s)).map((s) => [s || 'db', fs.readFileSync(file + s).toString('base64')]));
}

describe('a journal from a newer Limber', () => {
  it('in rollback-journal mode is refused and left byte for byte as it was (not switched to WAL)', () => {
    const file = path.join(tempDir(), 'limber.sqlite3');
    const future = new Database(file);
    future.exec('CREATE TABLE later_feature (x); INSERT INTO later_feature VALUES (1)');
    future.pragma('user_version = 99');
    future.close();
    const before = snapshot(file);
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'database-too-new' }));
    expect(snapshot(file)).toEqual(before);
  });

  it('with writes still in its WAL is refused and neither file changes (the WAL is not folded in)', () => {
    const dir = tempDir();
    const writing = path.join(dir, 'writer.sqlite3');
    const future = new Database(writing);
    future.pragma('journal_mode = WAL');
    future.pragma('wal_autocheckpoint = 0');
    future.exec('CREATE TABLE later_feature (x)');
    future.pragma('user_version = 99');
    future.exec('INSERT INTO later_feature VALUES (1)');
    // A copy taken while the writer still runs: the journal as a crash would leave it, WAL pending.
    const file = path.join(dir, 'limber.sqlite3');
    fs.copyFileSync(writing, file);
    fs.copyFileSync(`${writing}-wal`, `${file}-wal`);
    future.close();
    const before = snapshot(file);
    expect(before['-wal']).toBeDefined();
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'database-too-new' }));
    const after = snapshot(file);
    expect(after.db).toEqual(before.db);
    expect(after['-wal']).toEqual(before['-wal']);
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

const upTo13 = migrations.slice(0, 13);

function journalAt12WithCheckIn() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations.slice(0, 12));
  db.prepare("INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at) VALUES ('2026-11-25', 'UTC', 4, 5, 6, 'kept', 1, 1, 1)").run();
  return db;
}

const answer = (db: Database.Database, factorId: string, value: number) =>
  db.prepare('INSERT INTO check_in_factor_values (check_in_id, factor_id, value) VALUES (1, ?, ?)').run(factorId, value);

describe('migration 13: check-in factor answers', () => {
  it('keeps every check-in as it was, with no answers yet', () => {
    const db = journalAt12WithCheckIn();
    migrate(db, upTo13);
    expect(db.prepare('SELECT day, pain, note FROM check_ins').all()).toEqual([{ day: '2026-11-25', pain: 4, note: 'kept' }]);
    expect(db.prepare('SELECT count(*) FROM check_in_factor_values').pluck().get()).toBe(0);
  });

  it('stores one answer per factor and check-in, 0 to 10, only for a check-in that exists', () => {
    const db = journalAt12WithCheckIn();
    migrate(db, upTo13);
    answer(db, 'mattress', 1);
    answer(db, 'stress', 10);
    expect(() => answer(db, 'stress', 4)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => answer(db, 'noise', 11)).toThrow(/CHECK/);
    expect(() => answer(db, 'noise', 2.5 as number)).toThrow(/cannot store REAL/);
    expect(() => db.prepare("INSERT INTO check_in_factor_values (check_in_id, factor_id, value) VALUES (99, 'x', 1)").run()).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT factor_id, value FROM check_in_factor_values ORDER BY factor_id').all()).toEqual([
      { factor_id: 'mattress', value: 1 },
      { factor_id: 'stress', value: 10 },
    ]);
  });

  it('keeps the answers while the check-in is in the bin; purging the check-in takes them with it', () => {
    const db = journalAt12WithCheckIn();
    migrate(db, upTo13);
    answer(db, 'stress', 7);
    db.prepare('UPDATE check_ins SET deleted_at = 5 WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM check_in_factor_values').pluck().get()).toBe(1);
    db.prepare('DELETE FROM check_ins WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM check_in_factor_values').pluck().get()).toBe(0);
  });
});

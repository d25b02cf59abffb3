import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

const outcome = (db: Database.Database, kind: string, day = '2026-01-07') =>
  db
    .prepare("INSERT INTO reminder_events (kind, shown_at, outcome, answered_at, time_zone, local_day) VALUES (?, 10, 'done', 11, 'UTC', ?)")
    .run(kind, day);

describe('migration 15: outcomes of the person’s own reminders', () => {
  it('before it, an outcome was only taken for the four fixed reminders', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 14));
    expect(() => outcome(db, 'mine-stretch')).toThrow(/CHECK/);
    db.close();
  });

  it('keeps every outcome logged before it, and takes one for any reminder id', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 14));
    outcome(db, 'posture');
    outcome(db, 'magnesium', '2026-01-08');
    const before = db.prepare('SELECT * FROM reminder_events ORDER BY id').all();
    migrate(db, migrations.slice(0, 15));
    expect(db.prepare('SELECT * FROM reminder_events ORDER BY id').all()).toEqual(before);
    outcome(db, 'mine-stretch');
    expect(db.prepare('SELECT kind FROM reminder_events ORDER BY id').pluck().all()).toEqual(['posture', 'magnesium', 'mine-stretch']);
    db.close();
  });

  it('still refuses an outcome without its local day or with an empty or overlong id', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 15));
    expect(() => outcome(db, 'posture', '')).toThrow(/local_day must be a YYYY-MM-DD date/);
    expect(() => outcome(db, '')).toThrow(/CHECK/);
    expect(() => outcome(db, 'x'.repeat(41))).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM reminder_events').pluck().get()).toBe(0);
    // The insights read outcomes by day without touching the rows.
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT outcome FROM reminder_events WHERE local_day = '2026-01-07'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX reminder_events_by_day/);
    db.close();
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

describe('migration 7: timed entries get their local day', () => {
  it('fills each row with the date it happened on in its own zone, deleted rows too', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 6));
    // 23:30 UTC on 31 March is already 1 April in Berlin, still 31 March in New York.
    const lateEvening = Date.UTC(2026, 2, 31, 23, 30);
    const insert = db.prepare(
      `INSERT INTO episodes (started_at, time_zone, intensity, areas, created_at, updated_at, deleted_at) VALUES (?, ?, 5, '["neck-left"]', 1, 1, ?)`,
    );
    insert.run(lateEvening, 'Europe/Berlin', null);
    insert.run(lateEvening, 'America/New_York', null);
    insert.run(lateEvening, 'UTC', 9);
    db.prepare("INSERT INTO activities (started_at, time_zone, kind, minutes, created_at, updated_at) VALUES (?, 'Asia/Tokyo', 'walk', 20, 1, 1)").run(Date.UTC(2026, 5, 1, 16));
    db.prepare("INSERT INTO reminder_events (kind, shown_at, outcome, answered_at, time_zone) VALUES ('posture', ?, 'done', 1, 'Pacific/Auckland')").run(Date.UTC(2026, 11, 31, 12));
    migrate(db, migrations);
    expect(db.prepare('SELECT time_zone, local_day FROM episodes ORDER BY id').all()).toEqual([
      { time_zone: 'Europe/Berlin', local_day: '2026-04-01' },
      { time_zone: 'America/New_York', local_day: '2026-03-31' },
      { time_zone: 'UTC', local_day: '2026-03-31' },
    ]);
    expect(db.prepare('SELECT local_day FROM activities').pluck().get()).toBe('2026-06-02');
    expect(db.prepare('SELECT local_day FROM reminder_events').pluck().get()).toBe('2027-01-01');
    db.close();
  });

  it('refuses a row written without a proper local day', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const add = (day: string | null) =>
      db.prepare(`INSERT INTO food_entries (started_at, time_zone, local_day, tags, created_at, updated_at) VALUES (1, 'UTC', coalesce(?, ''), '[]', 1, 1)`).run(day);
    expect(() => add(null)).toThrow(/food_entries.local_day must be a YYYY-MM-DD date/);
    expect(() => add('NaN-NaN-NaN')).toThrow(/local_day/);
    add('1970-01-01');
    expect(() => db.prepare("UPDATE food_entries SET local_day = '1970-1-1'").run()).toThrow(/local_day/);
    expect(db.prepare('SELECT local_day FROM food_entries').pluck().all()).toEqual(['1970-01-01']);
    db.close();
  });
});

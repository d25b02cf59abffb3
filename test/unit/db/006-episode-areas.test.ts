import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

describe('migration 6: episodes get body-map areas', () => {
  it('turns region and side into areas, "both" into both cells, and keeps everything else', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 5));
    const insert = db.prepare(
      `INSERT INTO episodes (started_at, time_zone, intensity, region, side, triggers, relief, notes, created_at, updated_at, deleted_at)
       VALUES (?, 'UTC', ?, ?, ?, '["desk"]', '["heat"]', ?, 1, 2, ?)`,
    );
    insert.run(100, 7, 'lower-back', 'both', 'both sides', null);
    insert.run(200, 3, 'neck', 'left', 'left only', null);
    insert.run(300, 5, 'mid-back', 'right', 'deleted one', 9);
    migrate(db, migrations.slice(0, 6));
    expect(db.prepare('SELECT started_at, intensity, areas, duration_minutes, triggers, relief, relief_helped, notes, deleted_at FROM episodes ORDER BY id').all()).toEqual([
      { started_at: 100, intensity: 7, areas: '["lower-back-left","lower-back-right"]', duration_minutes: null, triggers: '["desk"]', relief: '["heat"]', relief_helped: null, notes: 'both sides', deleted_at: null },
      { started_at: 200, intensity: 3, areas: '["neck-left"]', duration_minutes: null, triggers: '["desk"]', relief: '["heat"]', relief_helped: null, notes: 'left only', deleted_at: null },
      { started_at: 300, intensity: 5, areas: '["mid-back-right"]', duration_minutes: null, triggers: '["desk"]', relief: '["heat"]', relief_helped: null, notes: 'deleted one', deleted_at: 9 },
    ]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'episodes' ORDER BY name").all()).toEqual([
      { name: 'episodes_by_start' },
      { name: 'episodes_deleted' },
    ]);
    db.close();
  });

  it('refuses an episode with no place marked', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    expect(() => db.prepare("INSERT INTO episodes (started_at, time_zone, local_day, intensity, areas, created_at, updated_at) VALUES (1, 'UTC', '1970-01-01', 2, '[]', 1, 1)").run()).toThrow(/CHECK/);
    db.close();
  });
});

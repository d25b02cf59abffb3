import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

// A database made by each earlier schema version, with rows in every table that version had,
// upgrades to the latest with every row intact. A new migration needs a seed here: the test
// below fails until it has one.

type Seed = (db: Database.Database) => void;

/** Episodes as versions 1–5 stored them (one region and side). */
const episodesV1: Seed = (db) => {
  const insert = db.prepare(
    `INSERT INTO episodes (started_at, time_zone, intensity, region, side, triggers, relief, notes, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  insert.run(Date.UTC(2026, 0, 5, 9), 'Europe/London', 7, 'lower-back', 'left', '["lifting"]', '["heat"]', 'ouch', 1, 2, null);
  insert.run(Date.UTC(2026, 0, 6, 9), 'America/New_York', 0, 'neck', 'both', '[]', '[]', '', 3, 3, 4);
};

/** From version 7 every timed row carries its local day: these are the column and value to add. */
const dayOf = (version: number, day: string): [string, string] => (version >= 7 ? [', local_day', `, '${day}'`] : ['', '']);

/** Episodes as versions 6 and 7 store them (body-map areas, duration, how much relief helped); from 11, what it felt like. */
const episodesV6 = (db: Database.Database, version: number) => {
  const [dayCol, dayVal] = dayOf(version, '1970-01-01');
  const [col, val] = version >= 11 ? [`${dayCol}, qualities`, `${dayVal}, '["burning","tingling"]'`] : [dayCol, dayVal];
  db.prepare(
    `INSERT INTO episodes (started_at, time_zone, intensity, areas, duration_minutes, triggers, relief, relief_helped, notes, created_at, updated_at${col})
     VALUES (10, 'UTC', 4, '["mid-back-left","neck-right"]', 30, '[]', '["rest"]', 2, '', 10, 10${val})`,
  ).run();
};

/** A row in every other table, for the tables that exist at `version`. */
function otherTables(db: Database.Database, version: number): void {
  const [col, val] = dayOf(version, '1970-01-01');
  if (version >= 2) {
    const [walkCol, walkVal] = dayOf(version, '2026-01-07');
    db.prepare(`INSERT INTO activities (started_at, time_zone, kind, minutes, note, created_at, updated_at${walkCol}) VALUES (?, 'UTC', 'walk', 25, 'park', 1, 1${walkVal})`).run(Date.UTC(2026, 0, 7));
    db.prepare("INSERT INTO bookmarks (item_id, created_at) VALUES ('heat-therapy', 5)").run();
    db.prepare("INSERT INTO tip_rotation (id, sequence, position) VALUES (1, '[\"tip-walk\",\"tip-heat\"]', 1)").run();
    db.prepare("INSERT INTO settings (key, value) VALUES ('noticeAcknowledgedAt', '123')").run();
  }
  if (version >= 3) {
    db.prepare(`INSERT INTO reminder_events (kind, shown_at, outcome, answered_at, time_zone${col}) VALUES ('posture', 10, 'done', 11, 'UTC'${val})`).run();
  }
  if (version >= 4) {
    db.prepare("INSERT INTO supplements (name, default_dose, created_at) VALUES ('Magnesium', '200 mg', 1)").run();
    db.prepare(`INSERT INTO supplement_doses (supplement_id, started_at, time_zone, dose, note, created_at, updated_at${col}) VALUES (1, 5, 'UTC', '200 mg', '', 5, 5${val})`).run();
    db.prepare(`INSERT INTO food_entries (started_at, time_zone, tags, note, created_at, updated_at${col}) VALUES (6, 'UTC', '["berries"]', 'snack', 6, 6${val})`).run();
    db.prepare(`INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at) VALUES ('2026-01-07', 'UTC', 3, 4, 7, '', 7, 7)`).run();
  }
  if (version >= 5) {
    db.prepare("INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at) VALUES ('2026-01-08', 'UTC', 2, 2, 8, '', 8, 8, 9)").run();
  }
  if (version >= 12) {
    db.prepare("INSERT INTO supplements (kind, name, default_dose, created_at) VALUES ('medication', 'Ibuprofen', '200 mg', 2)").run();
  }
  if (version >= 10) {
    db.prepare("INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at, deleted_at) VALUES ('2026-01-09', 'UTC', 5, 5, 5, '', 9, 9, 9, 10)").run();
  }
  if (version >= 13) {
    db.prepare(`INSERT INTO settings (key, value) VALUES ('checkInFactors', '[{"id":"f-1","name":"Stress","type":"scale","archived":false}]')`).run();
    db.prepare("INSERT INTO check_in_factor_values (check_in_id, factor_id, value) VALUES (1, 'f-1', 6)").run();
  }
  if (version >= 14) {
    const steps = '[{"title":"Shoulder rolls","text":"","seconds":30,"reps":null,"illustration":null}]';
    db.prepare(`INSERT INTO routines (id, name, activity, steps, based_on, created_at, updated_at, deleted_at) VALUES ('mine-1', 'Mine', 'warm-up', ?, 'desk-warm-up', 1, 1, NULL), ('mine-2', 'Binned', 'other', ?, NULL, 2, 2, 3)`).run(steps, steps);
  }
  if (version >= 15) {
    db.prepare(`INSERT INTO reminder_events (kind, shown_at, outcome, answered_at, time_zone${col}) VALUES ('mine-stretch', 12, 'skipped', 13, 'UTC'${val})`).run();
  }
}

const seedFor =
  (version: number): Seed =>
  (db) => {
    if (version < 6) episodesV1(db);
    else episodesV6(db, version);
    otherTables(db, version);
  };

const SEEDS: Record<number, Seed> = Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((v) => [v, seedFor(v)]));

function snapshot(db: Database.Database): Record<string, unknown[]> {
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

describe('upgrading a database made by each schema version', () => {
  it('has a seed for every version', () => {
    expect(Object.keys(SEEDS).map(Number)).toEqual(migrations.map((m) => m.version));
  });

  it.each(migrations.slice(0, -1).map((m) => m.version))('from version %i: every row survives', (version) => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, version));
    SEEDS[version]!(db);
    const before = snapshot(db);
    migrate(db, migrations);
    expect(schemaVersion(db)).toBe(migrations.length);
    const after = snapshot(db);
    // Every old row is still there, with the value of every column that still exists (a migration
    // may add columns, or convert some: each conversion has its own migration test).
    for (const [table, rows] of Object.entries(before)) {
      const newRows = (after[table] ?? []) as Record<string, unknown>[];
      expect({ table, count: newRows.length }).toEqual({ table, count: rows.length });
      rows.forEach((old, i) => {
        const kept = Object.keys(old as object).filter((k) => k in newRows[i]!);
        const pick = (row: object) => Object.fromEntries(kept.map((k) => [k, (row as Record<string, unknown>)[k]]));
        expect({ table, row: pick(newRows[i]!) }).toEqual({ table, row: pick(old as object) });
      });
    }
    // Check-ins from before the bin stay in the journal.
    if (version >= 4 && version < 10) expect(db.prepare('SELECT count(*) AS n FROM check_ins WHERE deleted_at IS NOT NULL').get()).toEqual({ n: 0 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('the latest schema takes the latest seed', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    expect(() => SEEDS[migrations.length]!(db)).not.toThrow();
    db.close();
  });
});

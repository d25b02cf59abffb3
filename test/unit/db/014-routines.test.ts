import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';

const STEPS = '[{"title":"Shoulder rolls","text":"","seconds":30,"reps":null,"illustration":null}]';

function journalAt14() {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 13));
  migrate(db, migrations.slice(0, 14));
  return db;
}

const insert = (db: Database.Database, row: { id?: string; name?: string; steps?: string }) =>
  db
    .prepare("INSERT INTO routines (id, name, activity, steps, based_on, created_at, updated_at) VALUES (?, ?, 'warm-up', ?, NULL, 1, 1)")
    .run(row.id ?? 'mine-1', row.name ?? 'Morning', row.steps ?? STEPS);

describe('migration 14: the person’s routines', () => {
  it('adds a strict table that takes a routine and keeps it as written', () => {
    const db = journalAt14();
    insert(db, {});
    expect(db.prepare('SELECT id, name, activity, steps, based_on, deleted_at FROM routines').all()).toEqual([
      { id: 'mine-1', name: 'Morning', activity: 'warm-up', steps: STEPS, based_on: null, deleted_at: null },
    ]);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'routines'").pluck().get()).toMatch(/\) STRICT$/);
    db.close();
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a name over 60 characters', { name: 'x'.repeat(61) }],
    ['steps that are not a list', { steps: '{"title":"x"}' }],
    ['no steps', { steps: '[]' }],
    ['more than 30 steps', { steps: JSON.stringify(Array.from({ length: 31 }, () => JSON.parse(STEPS)[0])) }],
    ['an id that is not one of the person’s', { id: 'desk-warm-up' }],
  ])('refuses %s', (_, row) => {
    const db = journalAt14();
    expect(() => insert(db, row)).toThrow(/CHECK/);
    expect(db.prepare('SELECT count(*) FROM routines').pluck().get()).toBe(0);
    db.close();
  });

  it('gives each routine one id', () => {
    const db = journalAt14();
    insert(db, {});
    expect(() => insert(db, { name: 'Other' })).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});

import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/db/migrate';
import { episodes } from '../../../electron/core/db/migrations/001-episodes';

describe('migration 1: episodes', () => {
  let db: Database.Database;
  const insert = (values: Partial<Record<string, unknown>>) =>
    db
      .prepare(
        `INSERT INTO episodes (started_at, time_zone, intensity, region, side, triggers, relief, created_at, updated_at)
         VALUES (@started_at, @time_zone, @intensity, @region, @side, @triggers, @relief, 1, 1)`,
      )
      .run({ started_at: 1, time_zone: 'UTC', intensity: 5, region: 'lower-back', side: 'left', triggers: '[]', relief: '[]', ...values });

  beforeEach(() => {
    db = new Database(':memory:');
    migrate(db, [episodes]);
  });

  it('accepts a well-formed episode with defaults for notes', () => {
    insert({});
    expect(db.prepare('SELECT notes, deleted_at FROM episodes').get()).toEqual({ notes: '', deleted_at: null });
  });

  it.each([
    ['an intensity above 10', { intensity: 11 }],
    ['a negative intensity', { intensity: -1 }],
    ['an unknown region', { region: 'knee' }],
    ['an unknown side', { side: 'middle' }],
    ['triggers that are not a JSON list', { triggers: '"heat"' }],
    ['relief that is not JSON', { relief: 'heat, walking' }],
    ['a text time (STRICT typing)', { started_at: 'yesterday' }],
  ])('refuses %s at the database level', (_what, values) => {
    expect(() => insert(values)).toThrow();
    expect(db.prepare('SELECT count(*) AS n FROM episodes').get()).toEqual({ n: 0 });
  });
});

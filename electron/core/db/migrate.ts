import type Database from 'better-sqlite3';
import { LimberError } from '../errors';

export interface Migration {
  /** The schema version this migration produces: 1, 2, 3… in order, no gaps. */
  version: number;
  up(db: Database.Database): void;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs every pending migration in one transaction, so a failure leaves the file exactly as it was.
 * A database written by a newer Limber is refused rather than touched: downgrading could lose data.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration #${i} has version ${m.version}, expected ${i + 1}`);
  });
  const current = schemaVersion(db);
  const latest = migrations.length;
  refuseNewerSchema(current, latest);
  const pending = migrations.slice(current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
}

/** A journal written by a newer Limber is refused rather than touched: downgrading could lose data. */
export function refuseNewerSchema(current: number, latest: number): void {
  if (current <= latest) return;
  throw new LimberError(
    'database-too-new',
    `This journal was written by a newer version of Limber (schema ${current}; this version knows ${latest}). ` +
      'Update Limber to open it; the file has not been changed.',
  );
}

import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { localDate } from '../../electron/core/reminders/local-time';

/**
 * Migration 7 works out a local day for every timed entry in JavaScript (SQLite cannot convert
 * zones): how long does the upgrade take a person with 100,000 episodes? It runs once, at start-up.
 */
function journalAtVersion6(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, migrations.slice(0, 6));
  const insert = db.prepare(
    `INSERT INTO episodes (started_at, time_zone, intensity, areas, created_at, updated_at) VALUES (?, ?, 5, '["neck-left"]', 1, 1)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 100_000; i++) insert.run(Date.UTC(2021, 10, 25) + i * 1_577_000, i % 3 ? 'Europe/London' : 'America/New_York');
  })();
  return db;
}

const db = journalAtVersion6();
const started = performance.now();
migrate(db, migrations);
console.log(`upgrade to schema 7 (local day for each entry) with 100,000 episodes: ${(performance.now() - started).toFixed(0)} ms, once`);
db.close();

let at = Date.UTC(2026, 0, 1);
describe('upgrade to schema 7', () => {
  bench('local day of one entry (what the upgrade and every write compute)', () => {
    localDate((at += 3_600_000), 'Europe/London');
  });
});

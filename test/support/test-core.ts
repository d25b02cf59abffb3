import { afterEach, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher, type Dispatch } from '../../electron/api/dispatch';
import { NO_AUTOSTART } from '../../electron/core/autostart';
import { NO_RESTORE } from '../../electron/core/backup/restore-port';
import { PRINT_FROM_PAGE } from '../../electron/core/report/report-pdf';
import { createHandlers } from '../../electron/api/handlers';
import type { Clock } from '../../electron/core/clock';
import { createCore, type CoreOptions, type LimberCore } from '../../electron/core/limber-core';
import { ReminderService } from '../../electron/core/reminders/reminder-service';
import type { DueReminder } from '../../electron/core/reminders/scheduler-ports';
import { FakeClock } from './fake-clock';
import { FakeWorld, ZONE } from './fake-world';

export interface TestCore {
  core: LimberCore;
  reminders: ReminderService;
  /** The reminders' simulated world (its own clocks, starting at the core clock's time). */
  world: FakeWorld;
  shownReminders: DueReminder[];
  dispatch: Dispatch;
  dataDir: string;
  /** Errors the dispatcher logged (unexpected failures), so tests can assert there were none. */
  logged: unknown[];
  dispose(): void;
}

export const NOV_25_2026 = Date.UTC(2026, 10, 25, 9, 0);

export function tempDir(prefix = 'limber-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The real core and dispatcher on a fresh SQLite file in a temp folder. */
export function makeTestCore(clock: Clock = new FakeClock(NOV_25_2026), dataDir = tempDir(), options: Partial<CoreOptions> = {}): TestCore {
  const core = createCore({ ...options, dataDir, clock });
  const logged: unknown[] = [];
  const world = new FakeWorld(clock.now());
  const shownReminders: DueReminder[] = [];
  const reminders = new ReminderService(core.settings, core.reminderLog, {
    clock: world,
    idle: world,
    notifier: { show: (r) => shownReminders.push(r), withdraw: () => {} },
    timeZone: () => ZONE,
  });
  reminders.start();
  return {
    core,
    reminders,
    world,
    shownReminders,
    dispatch: createDispatcher(createHandlers(core, reminders, { autostart: NO_AUTOSTART, restorer: NO_RESTORE, reportPdf: PRINT_FROM_PAGE }), (e) => logged.push(e), () => core.importer.running),
    dataDir,
    logged,
    dispose() {
      reminders.stop();
      core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table, to prove a refused call wrote nothing. */
export function rowCounts(core: LimberCore): Record<string, number> {
  const tables = core.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [name, (core.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

/**
 * Gives every test in the enclosing describe a fresh core on a fake clock at NOV_25_2026, disposed
 * after it. Read `ctx.t` and `ctx.clock` inside the tests (they change per test).
 */
export function coreForEachTest(): { t: TestCore; clock: FakeClock } {
  const ctx = {} as { t: TestCore; clock: FakeClock };
  beforeEach(() => {
    ctx.clock = new FakeClock(NOV_25_2026);
    ctx.t = makeTestCore(ctx.clock);
  });
  afterEach(() => ctx.t.dispose());
  return ctx;
}

/** Makes fresh cores inside a test (a source and a target, say), each disposed after the test. */
export function coresPerTest(): (clock?: Clock) => TestCore {
  const open: TestCore[] = [];
  afterEach(() => open.splice(0).forEach((t) => t.dispose()));
  return (clock) => {
    const t = makeTestCore(clock);
    open.push(t);
    return t;
  };
}

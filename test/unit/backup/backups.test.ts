import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupsToKeep, isHealthy, listBackups, type BackupInfo } from '../../../electron/core/backup/backups';
import { restoreBackup } from '../../../electron/core/backup/recovery';
import { BACKUP_DIR, createCore, DATABASE_FILE, type LimberCore } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';

const DAY = 86_400_000;
const open: LimberCore[] = [];
afterEach(() => open.splice(0).forEach((c) => c.db.open && c.close()));

function boot(dataDir: string, clock: FakeClock, onDamaged?: () => 'restore' | 'start-empty') {
  const core = createCore({ dataDir, clock, timeZone: () => 'Europe/London', ...(onDamaged ? { onDamaged } : {}) });
  open.push(core);
  return core;
}

function addEpisode(core: LimberCore, notes: string) {
  return core.episodes.add({ startedAt: Date.UTC(2026, 10, 1), timeZone: 'UTC', intensity: 4, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes });
}

const notesIn = (core: LimberCore) => core.episodes.list({ limit: 50 }).items.map((e) => e.notes).sort();

describe('automatic backups', () => {
  it('takes one backup a day, a healthy copy of the journal', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const core = boot(dataDir, clock);
    addEpisode(core, 'before the backup');
    const first = await core.backups.backUpIfDue();
    expect(first?.name).toBe('limber-2026-11-25.sqlite3');
    expect(await core.backups.backUpIfDue()).toBeNull();
    expect(isHealthy(first!.file)).toBe(true);
    const copy = new Database(first!.file, { readonly: true });
    expect(copy.prepare('SELECT notes FROM episodes').all()).toEqual([{ notes: 'before the backup' }]);
    copy.close();
    clock.advance(DAY);
    expect((await core.backups.backUpIfDue())?.name).toBe('limber-2026-11-26.sqlite3');
    expect(fs.readdirSync(path.join(dataDir, BACKUP_DIR)).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('keeps the 7 newest daily backups and the newest of each of the last 4 weeks', () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2026, 9, 1) + i * DAY).toISOString().slice(0, 10));
    const backups: BackupInfo[] = days.map((day) => ({ name: `limber-${day}.sqlite3`, file: '', day, sizeBytes: 1 }));
    const kept = [...backupsToKeep(backups)].sort();
    // Newest: Sun 29 Nov 2026. Dailies 23–29 Nov; weekly, the newest of ISO weeks 48 (29 Nov, also
    // a daily), 47 (Sun 22 Nov), 46 (15 Nov) and 45 (8 Nov).
    expect(kept).toEqual(
      ['2026-11-08', '2026-11-15', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map(
        (d) => `limber-${d}.sqlite3`,
      ),
    );
  });

  it('rotates old backups away on disk', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 1, 9));
    const core = boot(dataDir, clock);
    for (let i = 0; i < 20; i++) {
      await core.backups.backUpIfDue();
      clock.advance(DAY);
    }
    expect(listBackups(path.join(dataDir, BACKUP_DIR)).map((b) => b.day)).toEqual([
      '2026-11-20', '2026-11-19', '2026-11-18', '2026-11-17', '2026-11-16', '2026-11-15', '2026-11-14', '2026-11-08', '2026-11-01',
    ]);
  });
});

describe('a damaged journal at start-up', () => {
  async function damagedWithBackup() {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const core = boot(dataDir, clock);
    addEpisode(core, 'in the backup');
    await core.backups.backUpIfDue();
    addEpisode(core, 'after the backup');
    core.close();
    const file = path.join(dataDir, DATABASE_FILE);
    const garbage = Buffer.alloc(8192, 0x5a);
    fs.writeFileSync(file, garbage);
    return { dataDir, clock, garbage };
  }

  it('is set aside byte for byte, and the newest good backup restored', async () => {
    const { dataDir, clock, garbage } = await damagedWithBackup();
    const core = boot(dataDir, clock);
    expect(core.startup).toMatchObject({ status: 'damaged', restoredFrom: { name: 'limber-2026-11-25.sqlite3' } });
    if (core.startup.status !== 'damaged') return;
    expect(fs.readFileSync(core.startup.keptAs)).toEqual(garbage);
    expect(notesIn(core)).toEqual(['in the backup']);
  });

  it('can start an empty journal instead, still keeping the damaged file', async () => {
    const { dataDir, clock } = await damagedWithBackup();
    const core = boot(dataDir, clock, () => 'start-empty');
    expect(core.startup).toMatchObject({ status: 'damaged', restoredFrom: null });
    expect(notesIn(core)).toEqual([]);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith(`${DATABASE_FILE}.damaged-`))).toBe(true);
  });

  it('with no backup at all, starts empty and keeps the damaged file', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), 'not a database at all, just text');
    const core = boot(dataDir, new FakeClock(Date.UTC(2026, 10, 25)));
    expect(core.startup).toMatchObject({ status: 'damaged', restoredFrom: null });
  });

  it('a healthy journal opens as usual', () => {
    expect(boot(tempDir(), new FakeClock(Date.UTC(2026, 10, 25))).startup).toEqual({ status: 'ok', resumed: null });
  });
});

describe('restoring a chosen backup', () => {
  it('keeps the journal it replaces instead of overwriting it', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const core = boot(dataDir, clock);
    addEpisode(core, 'old');
    const backup = (await core.backups.backUpIfDue())!;
    addEpisode(core, 'newer');
    core.close();
    const keptAs = restoreBackup(backup, path.join(dataDir, DATABASE_FILE), clock.now());
    expect(keptAs).toMatch(/limber\.sqlite3\.before-restore-/);
    const previous = new Database(keptAs!, { readonly: true });
    expect(previous.prepare('SELECT count(*) AS n FROM episodes').get()).toEqual({ n: 2 });
    previous.close();
    expect(notesIn(boot(dataDir, clock))).toEqual(['old']);
  });
});

describe('backups on disk', () => {
  it('leave no side files (-wal, -shm) and no partial copies behind, over days of use', async () => {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 1, 9));
    const core = boot(dataDir, clock);
    // A backup cut short by a crash on an earlier day.
    fs.mkdirSync(path.join(dataDir, BACKUP_DIR), { recursive: true });
    fs.writeFileSync(path.join(dataDir, BACKUP_DIR, 'limber-2026-10-31.sqlite3.partial'), 'half');
    for (let day = 0; day < 12; day++) {
      addEpisode(core, `day ${day}`);
      await core.backups.backUpIfDue();
      for (const backup of core.backups.list()) expect(isHealthy(backup.file)).toBe(true);
      clock.advance(DAY);
    }
    const files = fs.readdirSync(path.join(dataDir, BACKUP_DIR));
    expect(files.filter((name) => !/^limber-\d{4}-\d{2}-\d{2}\.sqlite3$/.test(name))).toEqual([]);
    expect(files).toHaveLength(core.backups.list().length);
  });

  it('lists one dated after today last', () => {
    const dir = tempDir();
    for (const day of ['2099-01-01', '2026-11-24', '2026-11-25']) fs.writeFileSync(path.join(dir, `limber-${day}.sqlite3`), '');
    expect(listBackups(dir, '2026-11-26').map((b) => b.day)).toEqual(['2026-11-25', '2026-11-24', '2099-01-01']);
  });

  it('one dated in the future (a clock once set to 2099) never wins recovery over today’s, and rotates out', async () => {
    const dataDir = tempDir();
    const wrong = boot(dataDir, new FakeClock(Date.UTC(2099, 0, 1, 9)));
    addEpisode(wrong, 'written while the clock said 2099');
    await wrong.backups.backUpIfDue();
    wrong.close();
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const right = boot(dataDir, clock);
    addEpisode(right, 'today');
    await right.backups.backUpIfDue();
    expect(right.backups.list().map((b) => b.day)).toEqual(['2026-11-25']);
    right.close();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), 'damaged'.repeat(1000));
    fs.rmSync(path.join(dataDir, `${DATABASE_FILE}-wal`), { force: true });
    const recovered = boot(dataDir, clock);
    expect(recovered.startup).toMatchObject({ status: 'damaged', restoredFrom: { day: '2026-11-25' } });
    // Today's backup holds both entries; the 2099 one held only the first.
    expect(notesIn(recovered)).toEqual(['today', 'written while the clock said 2099']);
  });
});

describe('a missing or empty journal beside a backup', () => {
  /** A journal with one entry and today's backup, closed, its side files gone. */
  async function journalWithBackup() {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const first = boot(dataDir, clock);
    addEpisode(first, 'in the backup');
    await first.backups.backUpIfDue();
    first.close();
    const file = path.join(dataDir, DATABASE_FILE);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    return { dataDir, clock, file };
  }

  for (const how of ['deleted', 'emptied'] as const) {
    it(`(${how}) is not silently a new journal: the newest good backup is offered, and restored by default`, async () => {
      const { dataDir, clock, file } = await journalWithBackup();
      if (how === 'deleted') fs.rmSync(file);
      else fs.writeFileSync(file, '');
      const offered: unknown[] = [];
      const core = createCore({ dataDir, clock, timeZone: () => 'Europe/London', onMissing: (check) => (offered.push(check), 'restore') });
      open.push(core);
      expect(offered).toEqual([expect.objectContaining({ empty: how === 'emptied', newestGoodBackup: expect.objectContaining({ day: '2026-11-25' }) })]);
      expect(core.startup).toMatchObject({ status: 'missing', restoredFrom: { day: '2026-11-25' } });
      expect(notesIn(core)).toEqual(['in the backup']);
    });
  }

  it('starts empty when the person says so, keeping the backup', async () => {
    const { dataDir, clock, file } = await journalWithBackup();
    fs.rmSync(file);
    const core = createCore({ dataDir, clock, onMissing: () => 'start-empty' });
    open.push(core);
    expect(core.startup).toMatchObject({ status: 'missing', restoredFrom: null });
    expect(notesIn(core)).toEqual([]);
    expect(core.backups.list().map((b) => b.day)).toEqual(['2026-11-25']);
  });

  it('a first run with no backup starts without asking', () => {
    const dataDir = tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const asked: unknown[] = [];
    const fresh = createCore({ dataDir, clock, onMissing: (check) => (asked.push(check), 'restore') });
    open.push(fresh);
    expect(asked).toEqual([]);
    expect(fresh.startup).toEqual({ status: 'ok', resumed: null });
  });
});

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scheduleBackups } from '../../../electron/core/backup/backups';
import { createCore } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { makeTestCore, tempDir } from '../../support/test-core';

// A real full disk: a 2 MiB tmpfs (mounting needs root, which CI has).
const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) spawnSync('umount', [dir]);
});

function smallDisk(): string | null {
  if (process.getuid?.() !== 0) return null;
  const dir = tempDir();
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir]).status === 0 ? (mounts.push(dir), dir) : null;
}

/** The small disk, or the test skipped with its reason printed. */
function smallDiskOrSkip(context: { skip(): never }): string {
  const disk = smallDisk();
  if (disk) return disk;
  console.log('skipped: needs root to mount a 2 MiB tmpfs; CI runs as root');
  return context.skip();
}

function fill(dir: string): string {
  const filler = path.join(dir, 'filler');
  const fd = fs.openSync(filler, 'w');
  try {
    for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024));
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

const episode = (notes: string) => ({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 5, areas: ['neck-left'], notes });

describe('a full disk', () => {
  it('refuses a new entry in plain words, and every entry saved before is there once space is freed', async (context) => {
    const disk = smallDiskOrSkip(context);
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const t = makeTestCore(clock, disk);
    const { dispatch } = t;
    const saved: string[] = [];
    for (let i = 0; i < 5; i++) if ((await dispatch('journal.addEpisode', episode(`before ${i}`))).ok) saved.push(`before ${i}`);
    const filler = fill(disk);
    let refusal: unknown = null;
    for (let i = 0; i < 200 && refusal === null; i++) {
      const reply = await dispatch('journal.addEpisode', episode(`while full ${i} ${'x'.repeat(2000)}`));
      if (reply.ok) saved.push((reply.value as { notes: string }).notes);
      else refusal = reply.error;
    }
    expect(refusal).toMatchObject({ code: 'storage-failed', message: expect.stringContaining('The disk is full: nothing was saved.') });
    t.reminders.stop();
    t.core.close();
    fs.rmSync(filler);
    const again = createCore({ dataDir: disk, clock });
    expect(again.episodes.list({ limit: 500 }).items.map((e) => e.notes).sort()).toEqual(saved.sort());
    again.close();
  });

  it('at start-up, the journal is neither moved aside nor replaced', async (context) => {
    const disk = smallDiskOrSkip(context);
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const core = createCore({ dataDir: disk, clock });
    for (let i = 0; i < 50; i++) core.episodes.add({ ...episode(`entry ${i}`), durationMinutes: null, reliefHelped: null, triggers: [], relief: [] } as never);
    await core.backups.backUpIfDue();
    core.close();
    const filler = fill(disk);
    let started: unknown = null;
    try {
      createCore({ dataDir: disk, clock }).close();
      started = 'opened';
    } catch (error) {
      started = error;
    }
    fs.rmSync(filler);
    // SQLite cannot even size its shared-memory file (SQLITE_IOERR_SHMSIZE): Limber says the disk is full.
    expect(started).toMatchObject({ code: 'journal-unavailable', message: expect.stringContaining('the disk is full') });
    expect(fs.readdirSync(disk).filter((name) => name.includes('damaged'))).toEqual([]);
    const after = createCore({ dataDir: disk, clock });
    expect(after.episodes.list({ limit: 100 }).items).toHaveLength(50);
    after.close();
  });

  it('fails the automatic backup in words that Settings shows, and leaves no partial copy', async (context) => {
    const disk = smallDiskOrSkip(context);
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9));
    const t = makeTestCore(clock, disk);
    for (let i = 0; i < 20; i++) await t.dispatch('journal.addEpisode', episode(`entry ${i} ${'x'.repeat(1000)}`));
    const filler = fill(disk);
    await scheduleBackups(t.core.backups, () => {})();
    expect(await t.dispatch('data.backupHealth', {})).toEqual({ ok: true, value: { lastFailure: { at: clock.now(), message: expect.stringContaining('The disk is full') }, keptAside: [] } });
    expect(fs.readdirSync(path.join(disk, 'backups')).filter((name) => name.includes('partial'))).toEqual([]);
    fs.rmSync(filler);
    await scheduleBackups(t.core.backups, () => {})();
    expect(await t.dispatch('data.backupHealth', {})).toEqual({ ok: true, value: { lastFailure: null, keptAside: [] } });
    t.reminders.stop();
    t.core.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { completeRestore, stageRestore } from '../../../electron/core/backup/recovery';
import type { MoveStep } from '../../../electron/core/backup/journal-moves';
import { startupNotices } from '../../../electron/core/backup/startup-notices';
import { createCore, DATABASE_FILE, type LimberCore } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { tempDir } from '../../support/test-core';

// A kill is stood for by stopping the restore at a step and starting Limber again on the folder as
// it was left. The invariant: the person sees either the restored journal with the old one kept
// beside it, or the old journal untouched, never an empty one.

const open: LimberCore[] = [];
afterEach(() => open.splice(0).forEach((core) => core.db.open && core.close()));

const clock = () => new FakeClock(Date.UTC(2026, 10, 25, 9));

function add(core: LimberCore, notes: string): void {
  core.episodes.add({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes });
}

/** A journal whose backup holds one entry, with a second entry made after the backup. */
async function journalAndBackup() {
  const dataDir = tempDir();
  const core = createCore({ dataDir, clock: clock() });
  add(core, 'in the backup');
  const backup = (await core.backups.backUpIfDue())!;
  add(core, 'after the backup');
  core.close();
  return { dataDir, file: path.join(dataDir, DATABASE_FILE), backup };
}

const restart = (dataDir: string) => {
  const core = createCore({ dataDir, clock: clock() });
  open.push(core);
  return core;
};
const notes = (core: LimberCore) => core.episodes.list({ limit: 10 }).items.map((e) => e.notes).sort();
function keptNotes(dataDir: string): string[] {
  const kept = fs.readdirSync(dataDir).find((name) => /^limber\.sqlite3\.before-restore-[^.]+$/.test(name));
  if (!kept) return [];
  const db = new Database(path.join(dataDir, kept), { readonly: true });
  try {
    return (db.prepare('SELECT notes FROM episodes').pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
}

describe('a restore killed part-way', () => {
  for (const killedAt of ['planned', 'moved', 'renamed'] as const) {
    it(`after "${killedAt}": the next start finishes it, the old journal kept beside`, async () => {
      const { dataDir, file, backup } = await journalAndBackup();
      const staged = stageRestore(backup, file);
      expect(() =>
        completeRestore(staged, file, Date.now(), (step: MoveStep) => {
          if (step === killedAt) throw new Error('killed');
        }),
      ).toThrow('killed');
      const core = restart(dataDir);
      expect(notes(core)).toEqual(['in the backup']);
      expect(keptNotes(dataDir)).toEqual(['after the backup', 'in the backup']);
      expect(fs.readdirSync(dataDir).filter((name) => /restoring|plan/.test(name))).toEqual([]);
      expect(startupNotices(core.startup)).toEqual([expect.stringMatching(/stopped while restoring a backup, and has finished the restore now\. The journal it replaced is kept unchanged as .*before-restore-/)]);
    });
  }

  it('during the copy (no plan yet): the next start keeps the journal as it was and clears the copy', async () => {
    const { dataDir, file, backup } = await journalAndBackup();
    fs.writeFileSync(`${file}.restoring`, fs.readFileSync(backup.file).subarray(0, 1000));
    const core = restart(dataDir);
    expect(notes(core)).toEqual(['after the backup', 'in the backup']);
    expect(fs.existsSync(`${file}.restoring`)).toBe(false);
  });

  it('while the plan was being written: the next start keeps the journal as it was', async () => {
    const { dataDir, file, backup } = await journalAndBackup();
    stageRestore(backup, file);
    fs.writeFileSync(`${file}.move-plan`, '{"kind":"restore","staged":"/tmp/x.rest');
    const core = restart(dataDir);
    expect(notes(core)).toEqual(['after the backup', 'in the backup']);
    expect(fs.readdirSync(dataDir).filter((name) => /restoring|plan|before-restore/.test(name))).toEqual([]);
    expect(startupNotices(core.startup)).toEqual([]);
  });

  it('under the first version of the plan file: the next start still finishes it', async () => {
    const { dataDir, file, backup } = await journalAndBackup();
    const staged = stageRestore(backup, file);
    fs.writeFileSync(`${file}.restore-plan`, JSON.stringify({ staged, keptAs: `${file}.before-restore-old` }));
    const core = restart(dataDir);
    expect(notes(core)).toEqual(['in the backup']);
    expect(keptNotes(dataDir)).toEqual(['after the backup', 'in the backup']);
  });

  it('a private copy a kill left while a journal was being looked at is removed at the next start', async () => {
    const { dataDir } = await journalAndBackup();
    fs.mkdirSync(path.join(dataDir, '.look-abc123'));
    fs.writeFileSync(path.join(dataDir, '.look-abc123', DATABASE_FILE), 'a copy of the journal');
    const core = restart(dataDir);
    expect(notes(core)).toEqual(['after the backup', 'in the backup']);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('.look-'))).toEqual([]);
  });
});

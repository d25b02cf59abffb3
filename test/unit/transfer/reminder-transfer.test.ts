import { describe, expect, it } from 'vitest';
import { builtInReminder, MAX_REMINDERS, type Reminder } from '../../../electron/core/reminders/reminder-list';
import type { JournalFile } from '../../../electron/core/transfer/journal-file';
import { exportJournal } from '../../../electron/core/transfer/journal-transfer';
import { coresPerTest, rowCounts, type TestCore } from '../../support/test-core';

const fresh = coresPerTest();

const exported = (t: TestCore) => JSON.parse(JSON.stringify(exportJournal(t.core))) as JournalFile;
const importText = (t: TestCore, file: unknown) => t.dispatch('data.importJson', { text: JSON.stringify(file) });
const listed = (t: TestCore) => t.reminders.settingsNow().reminders;

const stretch: Reminder = {
  id: 'mine-stretch',
  name: 'Stretch',
  message: 'My own stretch.',
  enabled: true,
  schedule: { type: 'clock', times: ['11:00', '15:00'], days: [1, 3, 5] },
  routineId: null,
};

/** A journal with a routine of the person's, their reminder that opens it, and a built-in they changed. */
function withOwnReminder(): TestCore {
  const t = fresh();
  const routine = t.core.routines.create({ name: 'Hips', activity: 'warm-up', steps: [{ title: 'Hip circles', text: '', seconds: 30, reps: null, illustration: null }] }, null);
  t.reminders.saveReminder({ ...stretch, routineId: routine.id }, () => true);
  t.reminders.saveReminder({ ...builtInReminder('posture')!, schedule: { type: 'desk-time', everyMinutes: 20, breakMinutes: 2 } }, () => true);
  return t;
}

describe('reminders in the export file', () => {
  it('round-trips the person’s reminders and changed built-ins; the scheduler follows the import', async () => {
    const source = withOwnReminder();
    const file = exported(source);
    const target = fresh();
    const imported = await importText(target, file);
    // Their own reminder, and posture taken as the file has it (it was at its defaults here); the
    // file leaves out the built-ins at their defaults.
    expect(file.reminders.map((r) => r.id)).toEqual(['posture', 'mine-stretch']);
    expect(imported).toMatchObject({ ok: true, value: { reminders: { added: 2, alreadyThere: 0 } } });
    expect(listed(target)).toEqual(listed(source));
    expect(target.core.routines.get(listed(target).find((r) => r.id === 'mine-stretch')!.routineId!).name).toBe('Hips');
    // The scheduler runs on what was imported: the changed posture reminder is next, 20 minutes on.
    expect(target.reminders.scheduler.status().next).toMatchObject({ reminderId: 'posture', at: target.world.now() + 20 * 60_000 });
  });

  it('leaves a reminder the person set here as they set it, and adds nothing the second time', async () => {
    const file = exported(withOwnReminder());
    const target = fresh();
    const mine = { ...builtInReminder('posture')!, enabled: false };
    target.reminders.saveReminder(mine, () => true);
    await importText(target, file);
    expect(listed(target).find((r) => r.id === 'posture')).toEqual(mine);
    const before = listed(target);
    expect(await importText(target, file)).toMatchObject({ ok: true, value: { reminders: { added: 0, alreadyThere: 2 } } });
    expect(listed(target)).toEqual(before);
  });

  it('a reminder whose routine is neither in the file nor here opens none', async () => {
    const file = exported(withOwnReminder());
    file.routines = [];
    const target = fresh();
    await importText(target, file);
    expect(listed(target).find((r) => r.id === 'mine-stretch')?.routineId).toBeNull();
  });

  it('imports a version-1 file, which has no reminders, leaving the list as it was', async () => {
    const file = exported(fresh()) as Partial<JournalFile>;
    delete file.reminders;
    const target = fresh();
    const before = listed(target);
    expect(await importText(target, { ...file, version: 1 })).toMatchObject({ ok: true, value: { reminders: { added: 0, alreadyThere: 0 } } });
    expect(listed(target)).toEqual(before);
  });

  it('refuses two reminders with one id, a bad reminder, or a list past its limit, naming them, and writes nothing', async () => {
    const target = fresh();
    const before = { rows: rowCounts(target.core), list: listed(target) };
    const file = exported(fresh());

    const twins = await importText(target, { ...file, reminders: [stretch, { ...stretch, name: 'Twin' }] });
    expect(twins).toMatchObject({ ok: false, error: { issues: [{ field: 'reminders.1.id', message: 'is also the id of reminders.0' }] } });

    const bad = await importText(target, { ...file, reminders: [{ ...stretch, schedule: { type: 'clock', times: ['25:00'], days: [1] } }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'reminders.0.schedule.times.0', message: 'must be a time like 09:30' }] } });

    const many = Array.from({ length: MAX_REMINDERS }, (_, i) => ({ ...stretch, id: `mine-${i}` }));
    const tooMany = await importText(target, { ...file, reminders: many });
    // The four built-ins stay in the list, at their defaults or not.
    expect(tooMany).toMatchObject({ ok: false, error: { message: `The file was not imported, nothing was changed: it would make ${MAX_REMINDERS + 4} reminders, and Limber keeps at most ${MAX_REMINDERS}.` } });

    expect({ rows: rowCounts(target.core), list: listed(target) }).toEqual(before);
  });
});

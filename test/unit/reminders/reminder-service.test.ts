import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type LimberCore } from '../../../electron/core/limber-core';
import { ReminderService } from '../../../electron/core/reminders/reminder-service';
import { DEFAULT_REMINDER_SETTINGS } from '../../../electron/core/reminders/reminder-settings';
import { builtInReminder, MAX_REMINDERS, type Reminder } from '../../../electron/core/reminders/reminder-list';
import { LimberError } from '../../../electron/core/errors';
import { FakeClock } from '../../support/fake-clock';
import { at, FakeWorld, ZONE } from '../../support/fake-world';
import { tempDir } from '../../support/test-core';

const open: { core: LimberCore; service: ReminderService }[] = [];
afterEach(() => open.splice(0).forEach(({ core, service }) => (service.stop(), core.close())));

function boot(dataDir: string, wall: number) {
  const core = createCore({ dataDir, clock: new FakeClock(wall) });
  const world = new FakeWorld(wall);
  const service = new ReminderService(core.settings, core.reminderLog, {
    clock: world,
    idle: world,
    notifier: { show: () => {}, withdraw: () => {} },
    timeZone: () => ZONE,
  });
  service.start();
  open.push({ core, service });
  return { core, world, service };
}

describe('reminder service', () => {
  it.each([
    ['30-minutes', '2026-11-25 10:30'],
    ['1-hour', '2026-11-25 11:00'],
    ['tomorrow', '2026-11-26 00:00'],
  ] as const)('pauses %s', (choice, until) => {
    const { service } = boot(tempDir(), at('2026-11-25 10:00'));
    expect(service.pause(choice).pausedUntil).toBe(at(until));
  });

  it('pauses until the start of the next working day when working hours are set', () => {
    const { service } = boot(tempDir(), at('2026-11-27 15:00')); // a Friday
    const { reminders: _list, ...rules } = DEFAULT_REMINDER_SETTINGS;
    service.updateRules({ ...rules, workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:30', end: '17:00' } });
    expect(service.pause('tomorrow').pausedUntil).toBe(at('2026-11-30 08:30'));
  });

  it('keeps settings and a pause across a restart', () => {
    const dataDir = tempDir();
    const first = boot(dataDir, at('2026-11-25 10:00'));
    const posture = { ...builtInReminder('posture')!, schedule: { type: 'desk-time' as const, everyMinutes: 20, breakMinutes: 2 } };
    const settings = first.service.saveReminder(posture, () => true);
    first.service.pause('1-hour');
    const again = boot(dataDir, at('2026-11-25 10:05'));
    expect(again.service.settingsNow()).toEqual(settings);
    expect(again.service.scheduler.status()).toMatchObject({ mode: 'paused', pausedUntil: at('2026-11-25 11:00') });
  });

  const water: Reminder = {
    id: 'water-1',
    name: 'Drink water',
    message: 'A glass of water.',
    enabled: true,
    schedule: { type: 'clock', times: ['10:20', '15:00'], days: [1, 2, 3, 4, 5] },
    routineId: null,
  };
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (e) {
      return e instanceof LimberError ? { message: e.message, issues: e.issues } : e;
    }
    throw new Error('not refused');
  };

  it('adds, edits and removes the person’s own reminders, and the scheduler follows', () => {
    const { service, world } = boot(tempDir(), at('2026-11-25 10:00'));
    expect(service.saveReminder(water, () => true).reminders.map((r) => r.id)).toEqual(['posture', 'movement', 'checkIn', 'magnesium', 'water-1']);
    expect(service.scheduler.status().next).toMatchObject({ reminderId: 'water-1', name: 'Drink water', at: at('2026-11-25 10:20') });
    service.saveReminder({ ...water, name: 'Water', enabled: false }, () => true);
    expect(service.settingsNow().reminders.filter((r) => r.id === 'water-1')).toEqual([{ ...water, name: 'Water', enabled: false }]);
    expect(service.scheduler.status().next?.reminderId).not.toBe('water-1');
    expect(service.removeReminder('water-1').reminders.map((r) => r.id)).toEqual(['posture', 'movement', 'checkIn', 'magnesium']);
    world.advance(60 * 60_000);
  });

  it('turns a built-in off rather than removing it, and restores its defaults', () => {
    const { service } = boot(tempDir(), at('2026-11-25 10:00'));
    expect(refusal(() => service.removeReminder('posture'))).toEqual({
      message: 'A built-in reminder cannot be removed: turn it off instead.',
      issues: [{ field: 'id', message: 'must be one of your own reminders' }],
    });
    service.saveReminder({ ...builtInReminder('movement')!, name: 'Walk', schedule: { type: 'desk-time', everyMinutes: 45, breakMinutes: 10 } }, () => true);
    expect(service.restoreReminder('movement').reminders.find((r) => r.id === 'movement')).toEqual(builtInReminder('movement'));
    expect(refusal(() => service.restoreReminder('water-1'))).toMatchObject({ message: 'Only a built-in reminder has defaults to restore.' });
  });

  it('refuses a routine Limber does not have, and a list past its limit, writing nothing', () => {
    const { service } = boot(tempDir(), at('2026-11-25 10:00'));
    const before = service.settingsNow();
    expect(refusal(() => service.saveReminder({ ...water, routineId: 'gone' }, () => false))).toEqual({
      message: 'That routine is not in Limber any more.',
      issues: [{ field: 'reminder.routineId', message: 'must be one of your routines' }],
    });
    expect(service.settingsNow()).toEqual(before);
    for (let i = before.reminders.length; i < MAX_REMINDERS; i++) service.saveReminder({ ...water, id: `water-${i}` }, () => true);
    expect(refusal(() => service.saveReminder({ ...water, id: 'one-too-many' }, () => true))).toMatchObject({ message: `Limber keeps at most ${MAX_REMINDERS} reminders: remove one first.` });
    expect(service.settingsNow().reminders).toHaveLength(MAX_REMINDERS);
  });

  it('reads settings stored before reminders were a list as the built-ins, as they were set', () => {
    const dataDir = tempDir();
    const first = boot(dataDir, at('2026-11-25 10:00'));
    first.core.settings.set('reminders', {
      posture: { enabled: false, everyMinutes: 25, breakMinutes: 2 },
      movement: { enabled: false, everyMinutes: 50, breakMinutes: 6 },
      checkIn: { enabled: true, time: '21:00' },
      magnesium: { enabled: false, time: '22:00' },
      workingHours: DEFAULT_REMINDER_SETTINGS.workingHours,
    } as never);
    first.core.settings.set('reminderState', { pausedUntil: null, doNotDisturb: false, dailyShownOn: { checkIn: '2026-11-25' } } as never);
    const again = boot(dataDir, at('2026-11-25 21:30'));
    const list = again.service.settingsNow().reminders;
    expect(list.map((r) => [r.id, r.enabled, r.schedule])).toEqual([
      ['posture', false, { type: 'desk-time', everyMinutes: 25, breakMinutes: 2 }],
      ['movement', false, { type: 'desk-time', everyMinutes: 50, breakMinutes: 6 }],
      ['checkIn', true, { type: 'clock', times: ['21:00'], days: [0, 1, 2, 3, 4, 5, 6] }],
      ['magnesium', false, { type: 'clock', times: ['22:00'], days: [0, 1, 2, 3, 4, 5, 6] }],
    ]);
    // Shown today already, as the old journal said: not again at 21:30, next tomorrow.
    expect(again.service.scheduler.status()).toMatchObject({ open: [], next: { reminderId: 'checkIn', at: at('2026-11-26 21:00') } });
  });
});

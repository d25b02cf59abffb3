import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type LimberCore } from '../../../electron/core/limber-core';
import { ReminderService } from '../../../electron/core/reminders/reminder-service';
import { DEFAULT_REMINDER_SETTINGS } from '../../../electron/core/reminders/reminder-settings';
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
    service.updateSettings({ ...DEFAULT_REMINDER_SETTINGS, workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:30', end: '17:00' } });
    expect(service.pause('tomorrow').pausedUntil).toBe(at('2026-11-30 08:30'));
  });

  it('keeps settings and a pause across a restart', () => {
    const dataDir = tempDir();
    const first = boot(dataDir, at('2026-11-25 10:00'));
    const settings = { ...DEFAULT_REMINDER_SETTINGS, posture: { enabled: true, everyMinutes: 20, breakMinutes: 2 } };
    first.service.updateSettings(settings);
    first.service.pause('1-hour');
    const again = boot(dataDir, at('2026-11-25 10:05'));
    expect(again.service.settingsNow()).toEqual(settings);
    expect(again.service.scheduler.status()).toMatchObject({ mode: 'paused', pausedUntil: at('2026-11-25 11:00') });
  });
});

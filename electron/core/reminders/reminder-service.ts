import type { SettingsStore } from '../settings/app-settings';
import { nextWorkStart } from './local-time';
import { neverQuiet, type QuietDetector, type QuietSource } from './quiet';
import type { ReminderLog } from './reminder-log';
import type { ReminderSettings } from './reminder-settings';
import type { ReminderStatus } from './reminder-status';
import { ReminderScheduler, type IdleSource, type ReminderNotifier, type SchedulerClock } from './scheduler';

/** What a host (the Electron shell, the preview host, a test) provides to run reminders. */
export interface ReminderHostPorts {
  clock: SchedulerClock;
  idle: IdleSource;
  /** What the OS shows of calls, full screen and its do-not-disturb; nothing when absent. */
  quiet?: QuietSource;
  notifier: ReminderNotifier;
  timeZone(): string;
}

export type PauseChoice = '30-minutes' | '1-hour' | 'tomorrow';

/** The scheduler with its settings, state and outcomes kept in the journal database. */
export class ReminderService {
  readonly scheduler: ReminderScheduler;

  constructor(
    private readonly settings: SettingsStore,
    log: ReminderLog,
    private readonly ports: ReminderHostPorts,
  ) {
    this.scheduler = new ReminderScheduler(
      {
        ...ports,
        quiet: ports.quiet ?? neverQuiet,
        record: (outcome) => log.record(outcome),
        persist: (state) => settings.set('reminderState', state),
      },
      settings.get('reminders'),
      settings.get('reminderState'),
    );
  }

  start(): void {
    this.scheduler.start();
  }

  stop(): void {
    this.scheduler.stop();
  }

  /** What this computer can see of calls, full screen and its do-not-disturb, and how. */
  quietDetectors(): readonly QuietDetector[] {
    return (this.ports.quiet ?? neverQuiet).detectors();
  }

  settingsNow(): ReminderSettings {
    return this.settings.get('reminders');
  }

  updateSettings(next: ReminderSettings): ReminderSettings {
    this.settings.set('reminders', next);
    this.scheduler.updateSettings(next);
    return next;
  }

  pause(choice: PauseChoice): ReminderStatus {
    const now = this.ports.clock.now();
    const until =
      choice === '30-minutes'
        ? now + 30 * 60_000
        : choice === '1-hour'
          ? now + 60 * 60_000
          : nextWorkStart(now, this.ports.timeZone(), this.settingsNow().workingHours);
    this.scheduler.pause(until);
    return this.scheduler.status();
  }
}

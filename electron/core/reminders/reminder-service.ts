import { LimberError } from '../errors';
import type { SettingsStore } from '../settings/app-settings';
import { nextWorkStart } from './local-time';
import { neverQuiet, type QuietDetector, type QuietSource } from './quiet';
import type { ReminderLog } from './reminder-log';
import { builtInReminder, MAX_REMINDERS, type Reminder } from './reminder-list';
import type { ReminderRules, ReminderSettings } from './reminder-settings';
import type { ReminderStatus } from './reminder-status';
import { ReminderScheduler } from './scheduler';
import { type IdleSource, type ReminderNotifier, type SchedulerClock } from './scheduler-ports';

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

  /** Working hours, quiet moments and the break screen; the list is changed one reminder at a time. */
  updateRules(rules: ReminderRules): ReminderSettings {
    return this.store({ ...this.settingsNow(), ...rules });
  }

  /** Adds a reminder, or replaces the one with its id. */
  saveReminder(reminder: Reminder, routineExists: (id: string) => boolean): ReminderSettings {
    if (reminder.routineId !== null && !routineExists(reminder.routineId)) {
      throw new LimberError('invalid-input', 'That routine is not in Limber any more.', [{ field: 'reminder.routineId', message: 'must be one of your routines' }]);
    }
    const current = this.settingsNow();
    const at = current.reminders.findIndex((r) => r.id === reminder.id);
    if (at < 0 && current.reminders.length >= MAX_REMINDERS) {
      throw new LimberError('invalid-input', `Limber keeps at most ${MAX_REMINDERS} reminders: remove one first.`, [{ field: 'reminder', message: `must be one of at most ${MAX_REMINDERS}` }]);
    }
    const reminders = at < 0 ? [...current.reminders, reminder] : current.reminders.map((r, i) => (i === at ? reminder : r));
    return this.store({ ...current, reminders });
  }

  /** The person's own reminders go; a built-in one is turned off instead, and can be restored. */
  removeReminder(id: string): ReminderSettings {
    if (builtInReminder(id)) throw new LimberError('invalid-input', 'A built-in reminder cannot be removed: turn it off instead.', [{ field: 'id', message: 'must be one of your own reminders' }]);
    const current = this.settingsNow();
    if (!current.reminders.some((r) => r.id === id)) throw new LimberError('not-found', 'That reminder is not there any more.');
    return this.store({ ...current, reminders: current.reminders.filter((r) => r.id !== id) });
  }

  /** A built-in reminder back as Limber ships it. */
  restoreReminder(id: string): ReminderSettings {
    const original = builtInReminder(id);
    if (!original) throw new LimberError('invalid-input', 'Only a built-in reminder has defaults to restore.', [{ field: 'id', message: 'must be a built-in reminder' }]);
    const current = this.settingsNow();
    const kept = current.reminders.some((r) => r.id === id);
    const reminders = kept ? current.reminders.map((r) => (r.id === id ? { ...original } : r)) : [...current.reminders, { ...original }];
    return this.store({ ...current, reminders });
  }

  /** After something else wrote the reminders (an import): the scheduler follows what is stored. */
  reload(): void {
    this.scheduler.updateSettings(this.settingsNow());
  }

  private store(next: ReminderSettings): ReminderSettings {
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

import type { QuietSource } from './quiet';
import type { ReminderSettings } from './reminder-settings';
import type { ReminderStatus } from './reminder-status';
import { QUIET_LOOK, type DueReminder, type IdleSource, type ReminderNotifier, type SchedulerClock } from './scheduler-ports';

/** A break screen waits for this long a pause in typing: it never lands under someone's keystrokes. */
export const TYPING_PAUSE = 3_000;

export interface BreakScreenOptions {
  /** How long the break is meant to last: the countdown. */
  breakMinutes: number;
  /** No Skip for this long (0: Skip at once). */
  strictSeconds: number;
}

/** The host's break screen: a window in Electron, a page layout in the preview. */
export interface BreakScreenPort {
  open(reminder: DueReminder, options: BreakScreenOptions): void;
  close(id: string): void;
}

export interface BreakScreenDeps {
  clock: SchedulerClock;
  idle: IdleSource;
  /** Sees full screen only: a break screen never covers a presentation or a film. */
  fullScreen: QuietSource;
  screen: BreakScreenPort;
  settings(): ReminderSettings;
  /** The scheduler's account: an answered or withdrawn reminder's screen closes. */
  status(): ReminderStatus;
  onStatusChange(listener: () => void): () => void;
}

/**
 * Opens a break's screen (for a desk-time reminder that opens a routine) when the person has
 * paused typing and nothing is full screen, and closes it when the reminder is answered, snoozed
 * or withdrawn. Waits with one short timer, only while a break screen is due.
 */
export class BreakScreenGate {
  private waiting: { reminder: DueReminder; lookingSince: number | null; cancel: () => void } | null = null;
  private openId: string | null = null;
  private stops: (() => void)[] = [];

  constructor(private readonly deps: BreakScreenDeps) {}

  /** Follows the scheduler and the full-screen source (once both exist: the notifier comes first). */
  start(): void {
    this.stops = [this.deps.onStatusChange(() => this.statusChanged()), this.deps.fullScreen.onChange(() => this.tryOpen())];
  }

  /** Wraps the notifier: each reminder is shown as before, and a desk-time break with a routine also gets its screen. */
  notifier(inner: ReminderNotifier): ReminderNotifier {
    return {
      show: (reminder) => {
        inner.show(reminder);
        if (reminder.breakMinutes !== null && reminder.routineId !== null && this.deps.settings().breakScreen.mode !== 'banner') this.wait(reminder);
      },
      withdraw: (id) => {
        inner.withdraw(id);
        this.finish(id);
      },
    };
  }

  stop(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.cancelWait();
  }

  private wait(reminder: DueReminder): void {
    this.cancelWait();
    this.waiting = { reminder, lookingSince: null, cancel: () => {} };
    this.tryOpen();
  }

  private tryOpen(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    waiting.cancel();
    const idle = this.deps.idle.idleSeconds();
    if (idle !== null && idle * 1000 < TYPING_PAUSE) return this.retryIn(TYPING_PAUSE - idle * 1000);
    const mono = this.deps.clock.monotonic();
    if (waiting.lookingSince === null) {
      waiting.lookingSince = mono;
      this.deps.fullScreen.watch(['full-screen']);
    }
    const source = this.deps.fullScreen;
    if (!source.fresh() && mono - waiting.lookingSince < QUIET_LOOK) return this.retryIn(waiting.lookingSince + QUIET_LOOK - mono);
    // Something full screen: the banner and the notification stand; the screen waits for it to end.
    if (source.current().length > 0) return;
    this.cancelWait();
    const { breakScreen } = this.deps.settings();
    this.openId = waiting.reminder.id;
    this.deps.screen.open(waiting.reminder, { breakMinutes: waiting.reminder.breakMinutes!, strictSeconds: breakScreen.mode === 'strict' ? breakScreen.strictSeconds : 0 });
  }

  private retryIn(ms: number): void {
    const waiting = this.waiting!;
    waiting.cancel = this.deps.clock.setTimer(Math.max(ms, 250), () => this.tryOpen());
  }

  private statusChanged(): void {
    const open = new Set(this.deps.status().open.map((r) => r.id));
    for (const id of [this.waiting?.reminder.id, this.openId]) if (id && !open.has(id)) this.finish(id);
  }

  private finish(id: string): void {
    if (this.waiting?.reminder.id === id) this.cancelWait();
    if (this.openId === id) {
      this.openId = null;
      this.deps.screen.close(id);
    }
  }

  private cancelWait(): void {
    if (!this.waiting) return;
    this.waiting.cancel();
    if (this.waiting.lookingSince !== null) this.deps.fullScreen.watch([]);
    this.waiting = null;
  }
}

import { TZDate } from '@date-fns/tz';
import { ReminderScheduler } from '../../electron/core/reminders/scheduler';
import { type DueReminder, type IdleSource, type OutcomeRecord, type PersistentState, type ReminderNotifier, type Response, type SchedulerClock } from '../../electron/core/reminders/scheduler-ports';
import type { Quiet, QuietReason, QuietSource } from '../../electron/core/reminders/quiet';
import type { ReminderSettings } from '../../electron/core/reminders/reminder-settings';
import { reminderSettings, type SettingsPatch } from './reminder-patch';
import { statusWords, timeWords, type StatusWords, type TimeWords } from '../../electron/core/reminders/reminder-words';

const MINUTE = 60_000;
export const ZONE = 'Europe/London';

/** A local wall time in ZONE, e.g. at('2026-11-25 09:00'). */
export function at(local: string): number {
  const [date, time = '00:00'] = local.split(' ');
  const [y, m, d] = date!.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return +new TZDate(y!, m! - 1, d!, h!, min!, 0, ZONE);
}

export function clockTime(wall: number): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(wall);
}

/**
 * The scheduler's whole world, simulated: wall and monotonic clocks, timers that fire in order as
 * time advances, and a person who types (idle 0) or stops (idle grows). Nothing sleeps for real.
 */
export class FakeWorld implements SchedulerClock, IdleSource {
  private mono = 0;
  private timers: { at: number; fire: () => void; id: number }[] = [];
  private nextId = 0;
  private typing = true;
  private lastInput = 0;
  idleAvailable = true;

  constructor(private wall: number) {}

  now = () => this.wall;
  monotonic = () => this.mono;

  setTimer = (delayMs: number, fire: () => void) => {
    const id = ++this.nextId;
    this.timers.push({ at: this.mono + delayMs, fire, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  };

  idleSeconds = () => (this.idleAvailable ? (this.typing ? 0 : (this.mono - this.lastInput) / 1000) : null);

  /** Lets time pass, firing each timer at its moment. */
  advance(ms: number): void {
    const end = this.mono + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.moveTo(next.at);
      next.fire();
    }
    this.moveTo(end);
  }

  /** Lets time pass until a local wall time (no wall-clock jumps in between). */
  until(local: string): void {
    this.advance(at(local) - this.wall);
  }

  stopTyping(): void {
    if (this.typing) this.lastInput = this.mono;
    this.typing = false;
  }

  startTyping(): void {
    this.typing = true;
  }

  /** The computer sleeps: the wall clock moves, monotonic time and timers do not. */
  sleepFor(ms: number): void {
    this.wall += ms;
  }

  /** The wall clock is changed (by hand, NTP or travel); monotonic time is not. */
  jumpWall(ms: number): void {
    this.wall += ms;
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  private moveTo(mono: number): void {
    this.wall += mono - this.mono;
    this.mono = mono;
  }
}

/**
 * What the operating system shows of calls, full screen and do-not-disturb, as the test says.
 * `lookMs` 0 is an event-fed source (always fresh); above 0, a polling one whose first look, once
 * watched, takes that long, and which only notices changes while watched.
 */
export class FakeQuiet implements QuietSource {
  private state: Quiet | null = null;
  private watchedReasons: readonly QuietReason[] = [];
  private looked = false;
  private readonly listeners = new Set<() => void>();
  /** How many times it was asked to start watching. */
  watches = 0;
  /** Every set of reasons it was asked to watch, in order (empty: rest). */
  readonly asked: (readonly QuietReason[])[] = [];

  constructor(
    private readonly world: FakeWorld,
    public lookMs = 0,
  ) {}

  current = () => (this.state && this.watchedReasons.includes(this.state.reason) ? [this.state] : []);
  fresh = () => this.lookMs === 0 || this.watchedReasons.length === 0 || this.looked;
  watch = (reasons: readonly QuietReason[]) => {
    this.asked.push(reasons);
    const starting = this.watchedReasons.length === 0 && reasons.length > 0;
    this.watchedReasons = reasons;
    if (!starting) return;
    this.looked = false;
    this.watches++;
    if (this.lookMs > 0)
      this.world.setTimer(this.lookMs, () => {
        if (this.watchedReasons.length === 0) return;
        this.looked = true;
        this.emit();
      });
  };
  onChange = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  detectors = () => [];
  /** The reasons watched now (empty while resting). */
  watched = () => this.watchedReasons;

  begin(reason: QuietReason): void {
    this.state = { reason, since: this.world.now() };
    this.emit();
  }

  end(): void {
    this.state = null;
    this.emit();
  }

  private emit(): void {
    if (this.lookMs > 0 && this.watchedReasons.length === 0) return;
    for (const listener of this.listeners) listener();
  }
}

export interface Day {
  world: FakeWorld;
  quiet: FakeQuiet;
  scheduler: ReminderScheduler;
  /** Every reminder shown, as "HH:mm kind" in local time. */
  shown: string[];
  reminders: DueReminder[];
  outcomes: OutcomeRecord[];
  persisted: PersistentState[];
  /** The reminder most recently shown. */
  latest(): DueReminder;
  /** Answers the latest reminder. */
  answer(response: Response): void;
  /** From now on the person answers every reminder at once with this (null: never answers). */
  autoAnswer: Response | null;
  /** Clock times as a person in ZONE with a 24-hour clock (en-GB) reads them now. */
  time(): TimeWords;
  /** What the Today card and the tray say now, in those clock times. */
  words(): StatusWords;
}


/** Puts something between the scheduler and the day's record of what was shown (a break screen). */
export type NotifierWrap = (inner: ReminderNotifier, world: FakeWorld, scheduler: () => ReminderScheduler, settings: ReminderSettings) => ReminderNotifier;

export function startDay(local: string, patch: SettingsPatch = {}, persisted?: PersistentState, wrap?: NotifierWrap): Day {
  const settings = reminderSettings(patch);
  const world = new FakeWorld(at(local));
  const quiet = new FakeQuiet(world);
  const shown: string[] = [];
  const reminders: DueReminder[] = [];
  const outcomes: OutcomeRecord[] = [];
  const saved: PersistentState[] = [];
  const notifier: ReminderNotifier = {
    show: (r) => {
      reminders.push(r);
      shown.push(`${clockTime(world.now())} ${r.reminderId}`);
      // The person answers right after seeing it: a zero-delay event in the same simulated time.
      const response = day.autoAnswer;
      if (response) world.setTimer(0, () => scheduler.respond(r.id, response));
    },
    withdraw: () => {},
  };
  const scheduler: ReminderScheduler = new ReminderScheduler(
    {
      clock: world,
      idle: world,
      quiet,
      notifier: wrap ? wrap(notifier, world, () => scheduler, settings) : notifier,
      record: (o) => outcomes.push(o),
      persist: (s) => saved.push(s),
      timeZone: () => ZONE,
    },
    settings,
    persisted ?? { pausedUntil: null, doNotDisturb: false, clockShown: {} },
  );
  const day: Day = {
    world,
    quiet,
    scheduler,
    shown,
    reminders,
    outcomes,
    persisted: saved,
    latest: () => reminders.at(-1)!,
    answer: (response) => scheduler.respond(reminders.at(-1)!.id, response),
    autoAnswer: 'done',
    time: () => timeWords(world.now(), { locale: 'en-GB', timeZone: ZONE }),
    words: () => statusWords(scheduler.status(), day.time()),
  };
  scheduler.start();
  return day;
}

export { MINUTE };

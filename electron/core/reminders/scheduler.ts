import { isWorkingTime, localDate, nextWorkingBoundary, occurrenceOn } from './local-time';
import { PRESENT_WHILE, QUIET_REASONS, type Quiet, type QuietSource } from './quiet';
import type { CountStart, NextReminder, Reason, ReminderStatus } from './reminder-status';
import {
  DAILY_KINDS,
  INTERVAL_KINDS,
  type DailyKind,
  type IntervalKind,
  type ReminderKind,
  type ReminderSettings,
} from './reminder-settings';

// ── Ports ────────────────────────────────────────────────────────────────────────────────────

export interface SchedulerClock {
  /** Wall time (UTC ms): daily reminders, working hours, and what people read. */
  now(): number;
  /** Milliseconds that only move forward and stop while the computer sleeps: active time. */
  monotonic(): number;
  /** Calls `fire` once after `delayMs` of monotonic time; returns a cancel function. */
  setTimer(delayMs: number, fire: () => void): () => void;
}

export interface IdleSource {
  /** Seconds since the last keyboard or mouse input; null where the platform cannot tell. */
  idleSeconds(): number | null;
}

export interface DueReminder {
  id: string;
  kind: ReminderKind;
  title: string;
  body: string;
  /** Wall time it was shown. */
  shownAt: number;
  /** Why it came now. */
  why: Reason;
}

export interface ReminderNotifier {
  show(reminder: DueReminder): void;
  withdraw(id: string): void;
}

export type Outcome = 'done' | 'snoozed' | 'skipped' | 'ignored';

export interface OutcomeRecord {
  kind: ReminderKind;
  shownAt: number;
  outcome: Outcome;
  at: number;
  timeZone: string;
}

/** What must survive a restart: a pause, do-not-disturb, and which daily reminders were shown. */
export interface PersistentState {
  pausedUntil: number | null;
  doNotDisturb: boolean;
  dailyShownOn: Partial<Record<DailyKind, string>>;
}

export interface SchedulerPorts {
  clock: SchedulerClock;
  idle: IdleSource;
  quiet: QuietSource;
  notifier: ReminderNotifier;
  record(outcome: OutcomeRecord): void;
  persist(state: PersistentState): void;
  /** The person's IANA zone now (it changes when they travel). */
  timeZone(): string;
}

export type Response = 'done' | 'skip' | 'snooze-5' | 'snooze-10';
export type SystemEvent = 'lock' | 'unlock' | 'suspend' | 'resume';

// ── Tuning ───────────────────────────────────────────────────────────────────────────────────

const MINUTE = 60_000;
/** An unanswered reminder counts as ignored after this long, and is withdrawn. */
export const RESPONSE_WINDOW = 10 * MINUTE;
/** A daily reminder missed (asleep, paused) by more than this is dropped, not shown late. */
export const DAILY_GRACE = 2 * 60 * MINUTE;
/** Two reminders never come closer together than this: no bursts. */
export const MIN_GAP = 2 * MINUTE;
/**
 * The longest the scheduler sleeps. Bounds the harm of a wall-clock change (no event reports it),
 * and costs at most two wake-ups an hour when nothing else is due.
 */
export const MAX_SLEEP = 30 * MINUTE;
/**
 * How long a due reminder waits for a quiet source's first look (a command run when it is first
 * watched). One that has not answered by then is taken as "a fine moment".
 */
export const QUIET_LOOK = 5_000;

const TEXT: Readonly<Record<ReminderKind, { title: string; body: string }>> = {
  posture: { title: 'Change position', body: 'Shift how you sit, or stand for a moment, and move a little.' },
  movement: { title: 'Time for a movement break', body: 'About five minutes: stand up and walk about, or do the desk warm-up.' },
  checkIn: { title: 'Evening check-in', body: 'How was your back today? It takes a few seconds to log.' },
  magnesium: { title: 'Magnesium', body: 'Your bedtime magnesium reminder. (The evidence for it is weak: see Advice.)' },
};

// ── Scheduler ────────────────────────────────────────────────────────────────────────────────

interface Counter {
  /** Active desk time since the last reset. */
  activeMs: number;
  /** Idle past the break length: a natural break is going on, nothing counts until input resumes. */
  away: boolean;
  /** A snooze: when it ends (monotonic), and when (wall) and for how long the person chose it. */
  snooze: { until: number; at: number; minutes: number } | null;
  /** Why and when (wall) the count last restarted, for "since your break at 10:42". */
  reset: CountStart;
}

interface Pending {
  reminder: DueReminder;
  shownAtMono: number;
}

/**
 * Decides when posture and movement reminders (counted on active desk time) and daily clock-time
 * reminders are due, and keeps a single timer set to the next moment a decision could change: a
 * reminder coming due, the current idle stretch becoming a natural break, a response window
 * closing, a pause or working period ending, or a daily time. No fixed-rate polling.
 */
export class ReminderScheduler {
  private settings: ReminderSettings;
  private state: PersistentState;
  private readonly counters: Record<IntervalKind, Counter>;
  private readonly pending = new Map<string, Pending>();
  private system: 'running' | 'locked' | 'asleep' = 'running';
  private systemSince = { mono: 0, wall: 0 };
  private lastMono: number;
  private wasCounting = false;
  private wasWorking: boolean;
  private lastShownMono = Number.NEGATIVE_INFINITY;
  private cancelTimer: (() => void) | null = null;
  /** When (monotonic) the quiet source began to be watched; null while it rests. */
  private watchingSince: number | null = null;
  /** The reasons it watches, joined: a settings change re-tells it. */
  private watchedKey = '';
  /** This update asked the quiet source: it stays watched. */
  private askedQuiet = false;
  /** The quiet moment that last held a reminder or kept an idle stretch from being a break. */
  private quietSeen: Quiet | null = null;
  private sequence = 0;
  private readonly listeners = new Set<() => void>();
  /** Timer firings so far: the benchmark's measure of how often Limber wakes the computer. */
  wakeUps = 0;

  constructor(
    private readonly ports: SchedulerPorts,
    settings: ReminderSettings,
    persisted: PersistentState,
  ) {
    this.settings = settings;
    this.state = { ...persisted, dailyShownOn: { ...persisted.dailyShownOn } };
    const wall = ports.clock.now();
    this.counters = {
      movement: freshCounter(wall),
      posture: freshCounter(wall),
    };
    this.lastMono = ports.clock.monotonic();
    this.wasWorking = isWorkingTime(wall, ports.timeZone(), settings.workingHours);
  }

  private stopQuietEvents: (() => void) | null = null;

  start(): void {
    this.stopQuietEvents = this.ports.quiet.onChange(() => this.update());
    this.update();
  }

  stop(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.stopQuietEvents?.();
    this.setWatching(false);
  }

  /** Called whenever status() may have changed (tray, Today page). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  updateSettings(settings: ReminderSettings): void {
    this.update(() => {
      this.settings = settings;
    });
  }

  respond(id: string, response: Response): void {
    this.update(() => {
      const pending = this.pending.get(id);
      if (!pending) return;
      this.pending.delete(id);
      const { kind } = pending.reminder;
      const outcome: Outcome = response === 'done' ? 'done' : response === 'skip' ? 'skipped' : 'snoozed';
      this.record(pending.reminder, outcome);
      if (!isInterval(kind)) return;
      if (outcome === 'snoozed') {
        const minutes = response === 'snooze-5' ? 5 : 10;
        this.counters[kind].snooze = { until: this.ports.clock.monotonic() + minutes * MINUTE, at: this.ports.clock.now(), minutes };
      } else {
        this.resetCounter(kind, outcome);
        // A movement break includes changing position.
        if (kind === 'movement' && outcome === 'done') this.resetCounter('posture', 'covered');
      }
    });
  }

  pause(until: number): void {
    this.update(() => {
      this.state.pausedUntil = until;
      this.persist();
    });
  }

  resume(): void {
    this.update(() => {
      this.state.pausedUntil = null;
      this.persist();
    });
  }

  setDoNotDisturb(on: boolean): void {
    this.update(() => {
      this.state.doNotDisturb = on;
      this.persist();
    });
  }

  systemEvent(event: SystemEvent): void {
    this.update(() => {
      const mono = this.ports.clock.monotonic();
      const wall = this.ports.clock.now();
      if (event === 'lock' || event === 'suspend') {
        if (this.system === 'running') this.systemSince = { mono, wall };
        this.system = event === 'lock' ? 'locked' : 'asleep';
        return;
      }
      if (this.system === 'running') return;
      // Monotonic time stops during sleep, so the wall clock measures a suspend; a lock is timed
      // by both and the longer wins. Away long enough is a natural break, shorter only pauses.
      const away = Math.max(mono - this.systemSince.mono, wall - this.systemSince.wall);
      this.system = 'running';
      this.wasCounting = true; // counting restarts now, not at the next look
      for (const kind of INTERVAL_KINDS) {
        if (away >= this.breakMs(kind)) this.resetCounter(kind, 'natural-break', this.systemSince.wall);
      }
    });
  }

  /** What is open and why, what comes next, when and why, or why nothing does: one model for every view. */
  status(): ReminderStatus {
    // Desk time accrues between wake-ups: bring the counts up to now so "next" is not stale. Looking
    // may notice the person is back from a break, which moves the next decision: re-arm for it.
    if (this.account()) this.arm();
    const wall = this.ports.clock.now();
    const zone = this.ports.timeZone();
    const paused = this.isPaused(wall);
    const working = isWorkingTime(wall, zone, this.settings.workingHours);
    const mode: ReminderStatus['mode'] =
      this.system === 'locked'
        ? 'locked'
        : this.system === 'asleep'
          ? 'asleep'
          : paused
            ? 'paused'
            : this.state.doNotDisturb
              ? 'do-not-disturb'
              : !working
                ? 'outside-working-hours'
                : this.quietSeen
                  ? 'quiet'
                  : 'active';
    const awayCounters = INTERVAL_KINDS.filter((kind) => this.settings[kind].enabled && this.counters[kind].away);
    return {
      at: wall,
      mode,
      open: [...this.pending.values()].map((p) => p.reminder),
      next: this.upcoming(wall, zone),
      awaySince: working && awayCounters.length > 0 ? Math.min(...awayCounters.map((kind) => this.counters[kind].reset.at)) : null,
      workResumesAt: working ? null : nextWorkingBoundary(wall, zone, this.settings.workingHours),
      pausedUntil: paused ? this.state.pausedUntil : null,
      doNotDisturb: this.state.doNotDisturb,
      quiet: working ? this.quietSeen : null,
      idleDetection: this.ports.idle.idleSeconds() !== null,
    };
  }

  // ── The decision ───────────────────────────────────────────────────────────────────────────

  /** Applies a change (if any), brings the counts up to now, shows what is due, re-arms the timer. */
  private update(change?: () => void): void {
    this.askedQuiet = false;
    this.account();
    change?.();
    this.expirePending();
    this.showDue();
    // Watched only while it matters: nothing due, held or becoming a break, nothing to look at.
    if (!this.askedQuiet) {
      this.setWatching(false);
      this.quietSeen = null;
    }
    this.arm();
    for (const listener of this.listeners) listener();
  }

  /**
   * Why now is a bad moment, asked only when the answer changes a decision: the source is watched
   * from the first question, and 'looking' while its first look is under way.
   */
  private quietNow(): Quiet | null | 'looking' {
    this.askedQuiet = true;
    this.setWatching(true);
    const quiet = this.ports.quiet;
    if (!quiet.fresh()) return this.ports.clock.monotonic() - this.watchingSince! < QUIET_LOOK ? 'looking' : (this.quietSeen = null);
    this.quietSeen = quiet.current()[0] ?? null;
    return this.quietSeen;
  }

  /** Watches the reasons turned on in Settings, or none; tells the source only when that changes. */
  private setWatching(on: boolean): void {
    const reasons = on ? QUIET_REASONS.filter((reason) => this.settings.quiet[reason]) : [];
    const key = reasons.join(',');
    if (on === (this.watchingSince !== null) && key === this.watchedKey) return;
    if (on !== (this.watchingSince !== null)) this.watchingSince = on ? this.ports.clock.monotonic() : null;
    this.watchedKey = key;
    this.ports.quiet.watch(reasons);
  }

  /** Credits active time since the last look and notices natural breaks; true when a break began or ended. */
  private account(): boolean {
    const mono = this.ports.clock.monotonic();
    const wall = this.ports.clock.now();
    const elapsed = mono - this.lastMono;
    this.lastMono = mono;
    const working = isWorkingTime(wall, this.ports.timeZone(), this.settings.workingHours);
    if (working && !this.wasWorking && this.settings.workingHours.enabled) {
      for (const kind of INTERVAL_KINDS) this.resetCounter(kind, 'new-day');
    }
    this.wasWorking = working;
    const counting = this.system === 'running' && working;
    const idleSeconds = counting ? this.ports.idle.idleSeconds() : null;
    const idleMs = (idleSeconds ?? 0) * 1000;
    let changed = false;
    for (const kind of INTERVAL_KINDS) {
      const counter = this.counters[kind];
      if (!counting) continue;
      if (idleMs >= this.breakMs(kind) && !counter.away) {
        // In a call or presenting, no input is no break: the desk time counts on.
        const quiet = this.quietNow();
        if (quiet === 'looking') continue;
        if (quiet && PRESENT_WHILE.has(quiet.reason)) {
          if (this.wasCounting) counter.activeMs += elapsed;
          continue;
        }
      }
      if (idleMs >= this.breakMs(kind)) {
        if (!counter.away) this.resetCounter(kind, 'natural-break', wall - idleMs);
        changed ||= !counter.away;
        counter.away = true;
      } else if (counter.away) {
        counter.away = false; // back at the desk: counting starts again now
        changed = true;
      } else if (this.wasCounting) {
        counter.activeMs += elapsed;
      }
    }
    this.wasCounting = counting;
    return changed;
  }

  private expirePending(): void {
    const mono = this.ports.clock.monotonic();
    for (const [id, pending] of this.pending) {
      if (mono - pending.shownAtMono < RESPONSE_WINDOW) continue;
      this.pending.delete(id);
      this.ports.notifier.withdraw(id);
      this.record(pending.reminder, 'ignored');
      if (isInterval(pending.reminder.kind)) this.resetCounter(pending.reminder.kind, 'ignored');
    }
  }

  private showDue(): void {
    const mono = this.ports.clock.monotonic();
    const wall = this.ports.clock.now();
    const zone = this.ports.timeZone();
    this.dropStaleDaily(wall, zone);
    if (this.isSuppressed(wall) || mono - this.lastShownMono < MIN_GAP) return;
    const interval = this.dueInterval(mono, wall, zone);
    const daily = interval ? undefined : DAILY_KINDS.find((kind) => this.isDailyDue(kind, wall, zone));
    // Held, not dropped, while it is a bad moment: shown once that ends, if still due.
    if ((interval || daily) && this.quietNow() !== null) return;
    if (interval) {
      this.show(interval);
      // The movement break covers a posture check that was due at the same time.
      if (interval === 'movement' && this.isIntervalDue('posture', mono)) this.resetCounter('posture', 'covered');
      return;
    }
    if (daily) {
      this.state.dailyShownOn[daily] = localDate(wall, zone);
      this.persist();
      this.show(daily);
    }
  }

  private show(kind: ReminderKind): void {
    const why = this.reasonFor(kind);
    const reminder: DueReminder = { id: `${kind}-${++this.sequence}`, kind, ...TEXT[kind], shownAt: this.ports.clock.now(), why };
    this.pending.set(reminder.id, { reminder, shownAtMono: this.ports.clock.monotonic() });
    this.lastShownMono = this.ports.clock.monotonic();
    if (isInterval(kind)) this.counters[kind].snooze = null;
    this.ports.notifier.show(reminder);
  }

  private reasonFor(kind: ReminderKind): Reason {
    if (!isInterval(kind)) return { type: 'daily', at: occurrenceOn(this.ports.clock.now(), this.settings[kind].time, this.ports.timeZone()) };
    const { snooze, reset } = this.counters[kind];
    if (snooze) return { type: 'snoozed', at: snooze.at, minutes: snooze.minutes };
    const counted = Math.floor(this.counters[kind].activeMs / MINUTE);
    return { type: 'desk-time', minutes: this.settings[kind].everyMinutes, counted, since: reset };
  }

  private dueInterval(mono: number, wall: number, zone: string): IntervalKind | undefined {
    // One desk reminder at a time: a second never stacks on an unanswered first.
    if (this.hasPendingInterval()) return undefined;
    if (this.system !== 'running' || !isWorkingTime(wall, zone, this.settings.workingHours)) return undefined;
    return INTERVAL_KINDS.find((kind) => this.isIntervalDue(kind, mono));
  }

  private isIntervalDue(kind: IntervalKind, mono: number): boolean {
    const counter = this.counters[kind];
    if (!this.settings[kind].enabled || counter.away || this.hasPending(kind)) return false;
    return this.deskTimeLeft(kind, mono) <= 0;
  }

  private isDailyDue(kind: DailyKind, wall: number, zone: string): boolean {
    const setting = this.settings[kind];
    if (!setting.enabled || this.system !== 'running' || this.hasPending(kind)) return false;
    const at = occurrenceOn(wall, setting.time, zone);
    return wall >= at && wall - at <= DAILY_GRACE && this.state.dailyShownOn[kind] !== localDate(wall, zone);
  }

  /** A daily reminder too late to make sense (asleep, paused, locked past the grace) is let go. */
  private dropStaleDaily(wall: number, zone: string): void {
    for (const kind of DAILY_KINDS) {
      const setting = this.settings[kind];
      const today = localDate(wall, zone);
      if (!setting.enabled || this.state.dailyShownOn[kind] === today) continue;
      if (wall - occurrenceOn(wall, setting.time, zone) > DAILY_GRACE) {
        this.state.dailyShownOn[kind] = today;
        this.persist();
      }
    }
  }

  /** Sets the one timer to the earliest moment any decision above could come out differently. */
  private arm(): void {
    this.cancelTimer?.();
    const delay = Math.max(1000, Math.min(MAX_SLEEP, ...this.candidateDelays()));
    this.cancelTimer = this.ports.clock.setTimer(delay, () => {
      this.wakeUps++;
      this.cancelTimer = null;
      this.update();
    });
  }

  private candidateDelays(): number[] {
    const mono = this.ports.clock.monotonic();
    const wall = this.ports.clock.now();
    const zone = this.ports.timeZone();
    const out: number[] = [];
    const wallAt = (at: number | null) => {
      if (at !== null && at > wall) out.push(at - wall);
    };
    for (const { shownAtMono } of this.pending.values()) out.push(shownAtMono + RESPONSE_WINDOW - mono);
    wallAt(this.isPaused(wall) ? this.state.pausedUntil : null);
    wallAt(nextWorkingBoundary(wall, zone, this.settings.workingHours));
    for (const kind of DAILY_KINDS) {
      if (!this.settings[kind].enabled) continue;
      const today = occurrenceOn(wall, this.settings[kind].time, zone);
      wallAt(today > wall ? today : occurrenceOn(wall, this.settings[kind].time, zone, 1));
    }
    const gap = this.lastShownMono + MIN_GAP - mono;
    // A quiet source's first look is awaited at most QUIET_LOOK; its answer comes as an event.
    if (this.watchingSince !== null && !this.ports.quiet.fresh()) out.push(this.watchingSince + QUIET_LOOK - mono);
    // While quiet, what is held comes when the source says the moment has passed: no reason to wake.
    const held = this.quietSeen !== null;
    // A daily reminder held back only by the gap after another comes as soon as the gap ends.
    if (!held && !this.isSuppressed(wall) && DAILY_KINDS.some((kind) => this.isDailyDue(kind, wall, zone))) out.push(gap);
    // While suppressed, a due reminder waits for the pause or do-not-disturb to end (a candidate
    // above or an explicit call), so due times are no reason to wake.
    const deliverable = !held && !this.isSuppressed(wall) && !this.hasPendingInterval();
    if (this.system === 'running' && isWorkingTime(wall, zone, this.settings.workingHours)) {
      const idleSeconds = this.ports.idle.idleSeconds();
      for (const kind of INTERVAL_KINDS) {
        if (!this.settings[kind].enabled || this.hasPending(kind)) continue;
        const counter = this.counters[kind];
        const breakMs = this.breakMs(kind);
        const present = held && PRESENT_WHILE.has(this.quietSeen!.reason);
        if (idleSeconds !== null && !present) {
          // The earliest this idle stretch could become a natural break (or, while away, show the
          // person is back): there is no "idle started" event to wait for.
          out.push(counter.away ? breakMs : breakMs - idleSeconds * 1000);
        }
        if (counter.away || !deliverable) continue;
        out.push(Math.max(this.deskTimeLeft(kind, mono), gap));
      }
    }
    return out;
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────────

  /**
   * What showDue() will show first if the person keeps working from now, by the same rules: one
   * desk reminder at a time, the minimum gap, a pause delays and does not stop counting, working
   * hours, a daily reminder's grace, and intervals before daily ones when both are due.
   */
  private upcoming(wall: number, zone: string): NextReminder | null {
    if (this.system !== 'running' || this.state.doNotDisturb) return null;
    const mono = this.ports.clock.monotonic();
    const earliest = Math.max(wall, wall + this.lastShownMono + MIN_GAP - mono, this.isPaused(wall) ? this.state.pausedUntil! : wall);
    const candidates: NextReminder[] = [];
    const hours = this.settings.workingHours;
    if (!this.hasPendingInterval()) {
      const boundary = nextWorkingBoundary(wall, zone, hours);
      const working = isWorkingTime(wall, zone, hours);
      for (const kind of INTERVAL_KINDS) {
        if (!this.settings[kind].enabled) continue;
        const every = this.settings[kind].everyMinutes * MINUTE;
        // Counting starts afresh when working hours next begin.
        const fromStart = (start: number | null) => {
          if (start === null) return;
          const why: Reason = { type: 'desk-time', minutes: this.settings[kind].everyMinutes, counted: 0, since: { reason: 'new-day', at: start } };
          candidates.push({ kind, at: Math.max(earliest, start + every), inMs: every, why });
        };
        if (!working) {
          fromStart(boundary);
          continue;
        }
        const left = Math.max(0, this.deskTimeLeft(kind, mono));
        const at = Math.max(earliest, wall + left);
        // Due after working hours end: it does not come today.
        if (boundary === null || at < boundary) candidates.push({ kind, at, inMs: left, why: this.reasonFor(kind) });
        else fromStart(nextWorkingBoundary(boundary, zone, hours));
      }
    }
    for (const kind of DAILY_KINDS) {
      const { enabled, time } = this.settings[kind];
      if (!enabled || this.hasPending(kind)) continue;
      const today = occurrenceOn(wall, time, zone);
      const stillToday = this.state.dailyShownOn[kind] !== localDate(wall, zone) && Math.max(today, earliest) - today <= DAILY_GRACE;
      const at = stillToday ? Math.max(today, earliest) : Math.max(occurrenceOn(wall, time, zone, 1), earliest);
      candidates.push({ kind, at, inMs: at - wall, why: { type: 'daily', at: stillToday ? today : occurrenceOn(wall, time, zone, 1) } });
    }
    // Stable: on a tie the interval kinds, listed first, win, as in showDue().
    return candidates.reduce<NextReminder | null>((best, c) => (!best || c.at < best.at ? c : best), null);
  }

  /** Desk time (monotonic ms) until an interval reminder is due; negative when overdue. */
  private deskTimeLeft(kind: IntervalKind, mono: number): number {
    const counter = this.counters[kind];
    if (counter.snooze) return counter.snooze.until - mono;
    return this.settings[kind].everyMinutes * MINUTE - (counter.away ? 0 : counter.activeMs);
  }

  private resetCounter(kind: IntervalKind, reason: CountStart['reason'], at = this.ports.clock.now()): void {
    const counter = this.counters[kind];
    counter.activeMs = 0;
    counter.snooze = null;
    counter.reset = { reason, at };
  }

  private record(reminder: DueReminder, outcome: Outcome): void {
    this.ports.record({
      kind: reminder.kind,
      shownAt: reminder.shownAt,
      outcome,
      at: this.ports.clock.now(),
      timeZone: this.ports.timeZone(),
    });
  }

  private persist(): void {
    this.ports.persist({ ...this.state, dailyShownOn: { ...this.state.dailyShownOn } });
  }

  private hasPending(kind: ReminderKind): boolean {
    for (const p of this.pending.values()) if (p.reminder.kind === kind) return true;
    return false;
  }

  private hasPendingInterval(): boolean {
    return INTERVAL_KINDS.some((kind) => this.hasPending(kind));
  }

  private isPaused(wall: number): boolean {
    return this.state.pausedUntil !== null && wall < this.state.pausedUntil;
  }

  private isSuppressed(wall: number): boolean {
    return this.isPaused(wall) || this.state.doNotDisturb || this.system !== 'running';
  }

  private breakMs(kind: IntervalKind): number {
    return this.settings[kind].breakMinutes * MINUTE;
  }
}

function freshCounter(at: number): Counter {
  return { activeMs: 0, away: false, snooze: null, reset: { reason: 'start', at } };
}

function isInterval(kind: ReminderKind): kind is IntervalKind {
  return (INTERVAL_KINDS as readonly string[]).includes(kind);
}

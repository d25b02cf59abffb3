import { DeskCounters, type DeskReminder } from './desk-counters';
import { isWorkingTime, localDate, nextWorkingBoundary } from './local-time';
import { latestOccurrence, nextOccurrence } from './occurrences';
import { PRESENT_WHILE, QUIET_REASONS, type Quiet } from './quiet';
import type { Reminder } from './reminder-list';
import type { NextReminder, Reason, ReminderStatus } from './reminder-status';
import type { ReminderSettings } from './reminder-settings';
import {
  CLOCK_GRACE,
  MAX_SLEEP,
  MIN_GAP,
  MINUTE,
  QUIET_LOOK,
  RESPONSE_WINDOW,
  type DueReminder,
  type Outcome,
  type PersistentState,
  type Response,
  type SchedulerPorts,
  type SystemEvent,
} from './scheduler-ports';

interface Pending {
  reminder: DueReminder;
  shownAtMono: number;
}

type ClockReminder = Reminder & { schedule: Extract<Reminder['schedule'], { type: 'clock' }> };

/**
 * Decides when the person's reminders are due, any number of them: desk-time ones (counted on
 * active desk time, reset by a natural break) and clock ones (times on chosen days). Keeps a single
 * timer set to the next moment a decision could change: a reminder coming due, the current idle
 * stretch becoming a natural break, a response window closing, a pause or working period ending,
 * or a clock time. No fixed-rate polling, however many reminders there are.
 */
export class ReminderScheduler {
  private settings: ReminderSettings;
  private state: PersistentState;
  private readonly desk = new DeskCounters();
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
  private stopQuietEvents: (() => void) | null = null;
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
    const wall = ports.clock.now();
    this.state = { pausedUntil: persisted.pausedUntil, doNotDisturb: persisted.doNotDisturb, clockShown: { ...persisted.clockShown } };
    this.adoptDailyShownOn(persisted.dailyShownOn ?? {}, wall);
    this.desk.sync(this.deskReminders(), wall, 'start');
    this.lastMono = ports.clock.monotonic();
    this.wasWorking = isWorkingTime(wall, ports.timeZone(), settings.workingHours);
  }

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
      this.desk.sync(this.deskReminders(), this.ports.clock.now(), 'turned-on');
      // A reminder removed or turned off takes its open notification with it.
      for (const [id, { reminder }] of this.pending) {
        if (this.deskReminders().some((r) => r.id === reminder.reminderId) || this.clockReminders().some((r) => r.id === reminder.reminderId)) continue;
        this.pending.delete(id);
        this.ports.notifier.withdraw(id);
      }
    });
  }

  respond(id: string, response: Response): void {
    this.update(() => {
      const pending = this.pending.get(id);
      if (!pending) return;
      this.pending.delete(id);
      const { reminder } = pending;
      const outcome: Outcome = response === 'done' ? 'done' : response === 'skip' ? 'skipped' : 'snoozed';
      this.record(reminder, outcome);
      const counter = this.desk.find(reminder.reminderId);
      if (!counter) return;
      if (outcome === 'snoozed') {
        const minutes = response === 'snooze-5' ? 5 : 10;
        counter.snooze = { until: this.ports.clock.monotonic() + minutes * MINUTE, at: this.ports.clock.now(), minutes };
        return;
      }
      this.desk.reset(reminder.reminderId, outcome, this.ports.clock.now());
      // A break taken is a break for every reminder that asks for one no longer.
      if (outcome === 'done') this.coverShorter(reminder.reminderId, reminder.title, reminder.breakMinutes, () => true);
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
      for (const r of this.deskReminders()) {
        if (away >= r.schedule.breakMinutes * MINUTE) this.desk.reset(r.id, 'natural-break', this.systemSince.wall);
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
    const away = this.deskReminders().filter((r) => this.desk.of(r).away);
    return {
      at: wall,
      mode,
      open: [...this.pending.values()].map((p) => p.reminder),
      next: this.upcoming(wall, zone),
      awaySince: working && away.length > 0 ? Math.min(...away.map((r) => this.desk.of(r).reset.at)) : null,
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
      for (const id of this.desk.ids()) this.desk.reset(id, 'new-day', wall);
    }
    this.wasWorking = working;
    const counting = this.system === 'running' && working;
    const idleSeconds = counting ? this.ports.idle.idleSeconds() : null;
    const idleMs = (idleSeconds ?? 0) * 1000;
    let changed = false;
    for (const r of counting ? this.deskReminders() : []) {
      const counter = this.desk.of(r);
      const isBreak = idleMs >= r.schedule.breakMinutes * MINUTE;
      if (isBreak && !counter.away) {
        // In a call or presenting, no input is no break: the desk time counts on.
        const quiet = this.quietNow();
        if (quiet === 'looking') continue;
        if (quiet && PRESENT_WHILE.has(quiet.reason)) {
          if (this.wasCounting) counter.activeMs += elapsed;
          continue;
        }
        this.desk.reset(r.id, 'natural-break', wall - idleMs);
        counter.away = changed = true;
      } else if (!isBreak && counter.away) {
        counter.away = false; // back at the desk: counting starts again now
        changed = true;
      } else if (!isBreak && this.wasCounting) {
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
      this.desk.reset(pending.reminder.reminderId, 'ignored', this.ports.clock.now());
    }
  }

  private showDue(): void {
    const mono = this.ports.clock.monotonic();
    const wall = this.ports.clock.now();
    const zone = this.ports.timeZone();
    this.dropStaleClock(wall, zone);
    if (this.isSuppressed(wall) || mono - this.lastShownMono < MIN_GAP) return;
    const desk = this.dueDesk(mono, wall, zone);
    const clock = desk ? undefined : this.clockReminders().find((r) => this.isClockDue(r, wall, zone));
    // Held, not dropped, while it is a bad moment: shown once that ends, if still due.
    if ((desk || clock) && this.quietNow() !== null) return;
    if (desk) {
      this.show(desk, this.desk.reason(desk));
      // Its break covers the other desk reminders due now that ask for one no longer.
      this.coverShorter(desk.id, desk.name, desk.schedule.breakMinutes, (r) => this.isDeskDue(r, mono));
    } else if (clock) {
      const at = latestOccurrence(clock.schedule, wall, zone)!;
      this.state.clockShown[clock.id] = at;
      this.persist();
      this.show(clock, { type: 'clock', at, times: clock.schedule.times, days: clock.schedule.days });
    }
  }

  private show(r: Reminder, why: Reason): void {
    const mono = this.ports.clock.monotonic();
    const breakMinutes = r.schedule.type === 'desk-time' ? r.schedule.breakMinutes : null;
    const reminder: DueReminder = {
      id: `${r.id}-${++this.sequence}`,
      reminderId: r.id,
      title: r.name,
      body: r.message,
      routineId: r.routineId,
      breakMinutes,
      shownAt: this.ports.clock.now(),
      why,
    };
    this.pending.set(reminder.id, { reminder, shownAtMono: mono });
    this.lastShownMono = mono;
    const counter = this.desk.find(r.id);
    if (counter) counter.snooze = null;
    this.ports.notifier.show(reminder);
  }

  /** The desk reminder to show now, if any: the one asking for the longest break wins a tie. */
  private dueDesk(mono: number, wall: number, zone: string): DeskReminder | undefined {
    // One desk reminder at a time: a second never stacks on an unanswered first.
    if (this.hasPendingDesk()) return undefined;
    if (this.system !== 'running' || !isWorkingTime(wall, zone, this.settings.workingHours)) return undefined;
    return this.deskReminders().find((r) => this.isDeskDue(r, mono));
  }

  private isDeskDue(r: DeskReminder, mono: number): boolean {
    return !this.desk.of(r).away && !this.hasPending(r.id) && this.desk.timeLeft(r, mono) <= 0;
  }

  /** The occurrence a clock reminder is due for now, within the grace and not yet shown. */
  private isClockDue(r: ClockReminder, wall: number, zone: string): boolean {
    if (this.system !== 'running' || this.hasPending(r.id)) return false;
    const at = latestOccurrence(r.schedule, wall, zone);
    return at !== null && wall - at <= CLOCK_GRACE && (this.state.clockShown[r.id] ?? Number.NEGATIVE_INFINITY) < at;
  }

  /** A clock reminder too late to make sense (asleep, paused, locked past the grace) is let go. */
  private dropStaleClock(wall: number, zone: string): void {
    for (const r of this.clockReminders()) {
      const at = latestOccurrence(r.schedule, wall, zone);
      if (at === null || wall - at <= CLOCK_GRACE || (this.state.clockShown[r.id] ?? Number.NEGATIVE_INFINITY) >= at) continue;
      this.state.clockShown[r.id] = at;
      this.persist();
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
    for (const r of this.clockReminders()) wallAt(nextOccurrence(r.schedule, wall, zone));
    const gap = this.lastShownMono + MIN_GAP - mono;
    // A quiet source's first look is awaited at most QUIET_LOOK; its answer comes as an event.
    if (this.watchingSince !== null && !this.ports.quiet.fresh()) out.push(this.watchingSince + QUIET_LOOK - mono);
    // While quiet, what is held comes when the source says the moment has passed: no reason to wake.
    const held = this.quietSeen !== null;
    // A clock reminder held back only by the gap after another comes as soon as the gap ends.
    if (!held && !this.isSuppressed(wall) && this.clockReminders().some((r) => this.isClockDue(r, wall, zone))) out.push(gap);
    // While suppressed, a due reminder waits for the pause or do-not-disturb to end (a candidate
    // above or an explicit call), so due times are no reason to wake.
    const deliverable = !held && !this.isSuppressed(wall) && !this.hasPendingDesk();
    if (this.system !== 'running' || !isWorkingTime(wall, zone, this.settings.workingHours)) return out;
    const idleSeconds = this.ports.idle.idleSeconds();
    const present = held && PRESENT_WHILE.has(this.quietSeen!.reason);
    for (const r of this.deskReminders()) {
      if (this.hasPending(r.id)) continue;
      const counter = this.desk.of(r);
      const breakMs = r.schedule.breakMinutes * MINUTE;
      // The earliest this idle stretch could become a natural break (or, while away, show the
      // person is back): there is no "idle started" event to wait for.
      if (idleSeconds !== null && !present) out.push(counter.away ? breakMs : breakMs - idleSeconds * 1000);
      if (!counter.away && deliverable) out.push(Math.max(this.desk.timeLeft(r, mono), gap));
    }
    return out;
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────────

  /**
   * What showDue() will show first if the person keeps working from now, by the same rules: one
   * desk reminder at a time, the minimum gap, a pause delays and does not stop counting, working
   * hours, a clock reminder's grace, and desk-time before clock ones when both are due.
   */
  private upcoming(wall: number, zone: string): NextReminder | null {
    if (this.system !== 'running' || this.state.doNotDisturb) return null;
    const mono = this.ports.clock.monotonic();
    const earliest = Math.max(wall, wall + this.lastShownMono + MIN_GAP - mono, this.isPaused(wall) ? this.state.pausedUntil! : wall);
    const candidates: NextReminder[] = [];
    const hours = this.settings.workingHours;
    if (!this.hasPendingDesk()) {
      const boundary = nextWorkingBoundary(wall, zone, hours);
      const working = isWorkingTime(wall, zone, hours);
      for (const r of this.deskReminders()) {
        const every = r.schedule.everyMinutes * MINUTE;
        const named = { reminderId: r.id, name: r.name };
        // Counting starts afresh when working hours next begin.
        const fromStart = (start: number | null) => {
          if (start === null) return;
          const why: Reason = { type: 'desk-time', minutes: r.schedule.everyMinutes, counted: 0, since: { reason: 'new-day', at: start } };
          candidates.push({ ...named, at: Math.max(earliest, start + every), inMs: every, why });
        };
        if (!working) {
          fromStart(boundary);
          continue;
        }
        const left = Math.max(0, this.desk.timeLeft(r, mono));
        const at = Math.max(earliest, wall + left);
        // Due after working hours end: it does not come today.
        if (boundary === null || at < boundary) candidates.push({ ...named, at, inMs: left, why: this.desk.reason(r) });
        else fromStart(nextWorkingBoundary(boundary, zone, hours));
      }
    }
    for (const r of this.clockReminders()) {
      if (this.hasPending(r.id)) continue;
      const latest = latestOccurrence(r.schedule, wall, zone);
      const owed = latest !== null && (this.state.clockShown[r.id] ?? Number.NEGATIVE_INFINITY) < latest && earliest - latest <= CLOCK_GRACE;
      // The next occurrence the earliest moment can still reach (a pause may skip some).
      let occurrence = owed ? latest : nextOccurrence(r.schedule, wall, zone);
      while (occurrence !== null && earliest - occurrence > CLOCK_GRACE) occurrence = nextOccurrence(r.schedule, occurrence, zone);
      if (occurrence === null) continue;
      const at = Math.max(occurrence, earliest);
      candidates.push({ reminderId: r.id, name: r.name, at, inMs: at - wall, why: { type: 'clock', at: occurrence, times: r.schedule.times, days: r.schedule.days } });
    }
    // Stable: on a tie the desk-time ones, listed first, win, as in showDue().
    return candidates.reduce<NextReminder | null>((best, c) => (!best || c.at < best.at ? c : best), null);
  }

  /** The enabled desk-time reminders, the longest break first: it wins a tie and covers the others. */
  private deskReminders(): DeskReminder[] {
    const desk = this.settings.reminders.filter((r): r is DeskReminder => r.enabled && r.schedule.type === 'desk-time');
    return desk.sort((a, b) => b.schedule.breakMinutes - a.schedule.breakMinutes);
  }

  private clockReminders(): ClockReminder[] {
    return this.settings.reminders.filter((r): r is ClockReminder => r.enabled && r.schedule.type === 'clock');
  }

  /** Restarts the count of every other desk reminder (matching `which`) whose break is no longer than this one's. */
  private coverShorter(byId: string, byName: string, breakMinutes: number | null, which: (r: DeskReminder) => boolean): void {
    if (breakMinutes === null) return;
    for (const r of this.deskReminders()) {
      if (r.id !== byId && r.schedule.breakMinutes <= breakMinutes && which(r)) this.desk.reset(r.id, 'covered', this.ports.clock.now(), byName);
    }
  }

  /** Journals from before several clock times a day said which local day each was shown on. */
  private adoptDailyShownOn(shownOn: Record<string, string>, wall: number): void {
    const zone = this.ports.timeZone();
    for (const r of this.clockReminders()) {
      const at = latestOccurrence(r.schedule, wall, zone);
      if (at !== null && shownOn[r.id] === localDate(at, zone) && this.state.clockShown[r.id] === undefined) this.state.clockShown[r.id] = at;
    }
  }

  private record(reminder: DueReminder, outcome: Outcome): void {
    this.ports.record({ reminderId: reminder.reminderId, shownAt: reminder.shownAt, outcome, at: this.ports.clock.now(), timeZone: this.ports.timeZone() });
  }

  private persist(): void {
    this.ports.persist({ ...this.state, clockShown: { ...this.state.clockShown } });
  }

  private hasPending(reminderId: string): boolean {
    for (const p of this.pending.values()) if (p.reminder.reminderId === reminderId) return true;
    return false;
  }

  private hasPendingDesk(): boolean {
    for (const p of this.pending.values()) if (p.reminder.breakMinutes !== null) return true;
    return false;
  }

  private isPaused(wall: number): boolean {
    return this.state.pausedUntil !== null && wall < this.state.pausedUntil;
  }

  private isSuppressed(wall: number): boolean {
    return this.isPaused(wall) || this.state.doNotDisturb || this.system !== 'running';
  }
}

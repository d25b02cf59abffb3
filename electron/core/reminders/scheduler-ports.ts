import type { QuietSource } from './quiet';
import type { Reason } from './reminder-status';

// The scheduler's world (ports the hosts implement) and what it hands out, with the timings it
// keeps. Apart from the scheduler itself, so hosts and notifiers import no decision logic.

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
  /** This showing's id: answers and withdrawals name it. */
  id: string;
  /** Which of the person's reminders it is. */
  reminderId: string;
  title: string;
  body: string;
  /** The routine it opens, if any. */
  routineId: string | null;
  /** A desk-time reminder's break length (the break screen's countdown); null for a clock one. */
  breakMinutes: number | null;
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
  reminderId: string;
  shownAt: number;
  outcome: Outcome;
  at: number;
  timeZone: string;
}

/** What must survive a restart: a pause, do-not-disturb, and which clock reminders were shown. */
export interface PersistentState {
  pausedUntil: number | null;
  doNotDisturb: boolean;
  /** Per clock reminder, the occurrence (wall ms) last shown or let go. */
  clockShown: Record<string, number>;
  /** Before clock reminders had several times: the local day each was shown on. Read once. */
  dailyShownOn?: Record<string, string>;
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

export const MINUTE = 60_000;
/** An unanswered reminder counts as ignored after this long, and is withdrawn. */
export const RESPONSE_WINDOW = 10 * MINUTE;
/** A clock reminder missed (asleep, paused) by more than this is dropped, not shown late. */
export const CLOCK_GRACE = 2 * 60 * MINUTE;
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

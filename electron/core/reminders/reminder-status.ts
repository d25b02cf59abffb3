import type { Quiet } from './quiet';
import type { DueReminder } from './scheduler-ports';

// The scheduler's account of itself, as data: the words are made from it in reminder-words.ts, so
// the Today card, the banner, the tray and the notification cannot disagree.

/** Why and when (wall) a desk-time count last started from zero. */
export interface CountStart {
  reason: 'start' | 'turned-on' | 'natural-break' | 'done' | 'covered' | 'skipped' | 'ignored' | 'new-day';
  at: number;
  /** For 'covered': the reminder whose break counted for this one too. */
  by?: string;
}

/** Why a reminder comes when it does. */
export type Reason =
  /** `minutes`: the setting ("every 30 minutes"); `counted`: desk minutes counted so far. */
  | { type: 'desk-time'; minutes: number; counted: number; since: CountStart }
  | { type: 'snoozed'; at: number; minutes: number }
  /** `at`: this occurrence; `times` and `days`: the schedule, for "at 20:30 on weekdays". */
  | { type: 'clock'; at: number; times: string[]; days: number[] };

export interface NextReminder {
  reminderId: string;
  name: string;
  /** Wall time it comes if the person keeps working. */
  at: number;
  /** Desk time left for a desk-time reminder; wall time left for a clock one. */
  inMs: number;
  why: Reason;
}

export interface ReminderStatus {
  /** Wall time this account was taken. */
  at: number;
  mode: 'active' | 'quiet' | 'paused' | 'do-not-disturb' | 'outside-working-hours' | 'locked' | 'asleep';
  /** Shown and waiting for an answer, each with why it came. */
  open: DueReminder[];
  next: NextReminder | null;
  /** A natural break is going on (idle past the break length) since this wall time. */
  awaySince: number | null;
  /** Outside working hours: when they start again (null when hours are off). */
  workResumesAt: number | null;
  pausedUntil: number | null;
  doNotDisturb: boolean;
  /** A call, a full-screen app or the system's do-not-disturb is holding reminders, since when. */
  quiet: Quiet | null;
  /** False where idle time cannot be read (e.g. Wayland): natural breaks go unnoticed. */
  idleDetection: boolean;
}

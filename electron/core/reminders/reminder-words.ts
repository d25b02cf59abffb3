import { clockFormat, type ClockOptions } from '../clock-format';
import type { QuietReason } from './quiet';
import { daysWords, listWords } from './reminder-list';
import type { CountStart, Reason, ReminderStatus } from './reminder-status';

// Reminder status in words, for every view (Today card, banner, tray). Pure and free of Node:
// the renderer and the main process both use it, each with the person's locale for clock times.

/** Clock times in the person's locale, with the day added when it is not today. */
export interface TimeWords {
  at(instant: number): string;
}

export function timeWords(now: number, options: ClockOptions = {}): TimeWords {
  const clock = clockFormat(options);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: options.timeZone });
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: options.timeZone });
  const dayNumber = (at: number) => Date.parse(`${day.format(at)}T00:00Z`) / 86_400_000;
  return {
    at(instant) {
      const days = dayNumber(instant) - dayNumber(now);
      const time = clock(instant);
      if (days === 0) return time;
      if (days === 1) return `${time} tomorrow`;
      if (days === -1) return `${time} yesterday`;
      return `${time} on ${weekday.format(instant)}`;
    },
  };
}

const SINCE: Readonly<Record<CountStart['reason'], string>> = {
  start: 'since Limber started',
  'turned-on': 'since you turned it on',
  'natural-break': 'since your break',
  done: 'since you took the last one',
  covered: 'since your break',
  skipped: 'since you skipped the last one',
  ignored: 'since the last one went unanswered',
  'new-day': 'from the start of working hours',
};

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** "since your break at 10:42", "since your break for “Movement break” at 10:42". */
function sinceWords(since: CountStart, t: TimeWords): string {
  const by = since.reason === 'covered' && since.by !== undefined ? ` for “${since.by}”` : '';
  return `${SINCE[since.reason]}${by} at ${t.at(since.at)}`;
}

/** "at 20:30 every day", "at 09:00 and 13:00 on weekdays". */
function clockWords(why: Extract<Reason, { type: 'clock' }>): string {
  return `at ${listWords([...why.times].sort())} ${daysWords(why.days)}`;
}

/** Why an open reminder came now, e.g. "30 minutes at the computer since your break at 09:31." */
export function dueWords(why: Reason, t: TimeWords): string {
  switch (why.type) {
    case 'desk-time':
      return `${minutes(why.counted)} at the computer ${sinceWords(why.since, t)}.`;
    case 'snoozed':
      return `You snoozed it for ${minutes(why.minutes)} at ${t.at(why.at)}.`;
    case 'clock':
      return `Your reminder at ${t.at(why.at)}: it comes ${clockWords(why)}.`;
  }
}

/** Why the next reminder comes when it does. */
function nextWhyWords(why: Reason, t: TimeWords): string {
  switch (why.type) {
    case 'desk-time':
      return `every ${minutes(why.minutes)} at the computer, counted ${sinceWords(why.since, t)}.`;
    case 'snoozed':
      return `you snoozed it for ${minutes(why.minutes)} at ${t.at(why.at)}.`;
    case 'clock':
      return `it comes ${clockWords(why)}.`;
  }
}

export interface StatusWords {
  /** Each open reminder with why it came. */
  open: { id: string; name: string; why: string }[];
  /** Why nothing counts or shows right now, when that is so. */
  held: string | null;
  next: string | null;
  nextWhy: string | null;
}

/** What holds reminders, and what ends it, in the person's words. */
const QUIET_WORDS: Readonly<Record<QuietReason, { what: string; ends: string }>> = {
  call: { what: 'in a call', ends: 'the call ends' },
  'full-screen': { what: 'something is full screen (a presentation, a video)', ends: 'full screen ends' },
  'system-do-not-disturb': { what: 'your system’s do-not-disturb is on', ends: 'it is off' },
};

function heldWords(status: ReminderStatus, t: TimeWords): string | null {
  switch (status.mode) {
    case 'locked':
      return 'Screen locked: counting is paused until you are back.';
    case 'asleep':
      return 'The computer is asleep: counting is paused.';
    case 'paused':
      return `Paused until ${t.at(status.pausedUntil!)}. Desk time still counts; anything that falls due comes once, when the pause ends.`;
    case 'do-not-disturb':
      return 'Do not disturb is on: no reminders until you turn it off. Desk time still counts.';
    case 'outside-working-hours':
      return status.workResumesAt === null
        ? 'Outside your working hours: desk reminders are off.'
        : `Outside your working hours: desk reminders start again at ${t.at(status.workResumesAt)}.`;
    case 'quiet': {
      const { what, ends } = QUIET_WORDS[status.quiet!.reason];
      return `Holding reminders: ${what}, since ${t.at(status.quiet!.since)}. What falls due comes once, when ${ends}; desk time still counts.`;
    }
    case 'active':
      return status.awaySince === null
        ? null
        : `Away since ${t.at(status.awaySince)}: a natural break, so counting starts again when you are back.`;
  }
}

function nextWords(status: ReminderStatus, t: TimeWords): string | null {
  const { next } = status;
  if (!next) {
    if (status.open.length > 0) return 'The next desk reminder is counted once you answer this one.';
    return status.mode === 'active' ? 'No reminder is coming up.' : null;
  }
  if (status.quiet && next.at <= status.at) return `Next: ${next.name}, when ${QUIET_WORDS[status.quiet.reason].ends}.`;
  const head = `Next: ${next.name} at ${t.at(next.at)}`;
  if (status.pausedUntil !== null && next.at === status.pausedUntil) return `${head}, when the pause ends.`;
  if (next.why.type !== 'desk-time') return `${head}.`;
  const left = Math.ceil(next.inMs / 60_000);
  if (next.why.since.at > status.at) return `${head}, after ${minutes(left)} at the computer.`;
  if (status.awaySince !== null) return `${head}, after ${minutes(left)} at the computer once you are back.`;
  return left === 0 ? `${head}.` : `${head}, after ${left} more ${left === 1 ? 'minute' : 'minutes'} at the computer.`;
}

export function statusWords(status: ReminderStatus, t: TimeWords): StatusWords {
  return {
    open: status.open.map((r) => ({ id: r.id, name: r.title, why: dueWords(r.why, t) })),
    held: heldWords(status, t),
    next: nextWords(status, t),
    nextWhy: status.next ? `Why: ${nextWhyWords(status.next.why, t)}` : null,
  };
}

/** One line for a tray tooltip: what is open, else why nothing comes, else what comes next. */
export function headlineWords(status: ReminderStatus, t: TimeWords): string {
  const open = status.open[0];
  if (open) return `${open.title}: waiting for you`;
  if (status.mode === 'paused') return `Paused until ${t.at(status.pausedUntil!)}`;
  if (status.mode === 'do-not-disturb') return 'Do not disturb';
  if (status.quiet) return `Holding reminders: ${QUIET_WORDS[status.quiet.reason].what}`;
  if (status.mode === 'locked' || status.mode === 'asleep') return 'Counting paused';
  if (!status.next) return 'No reminder coming up';
  return `Next: ${status.next.name} at ${t.at(status.next.at)}`;
}

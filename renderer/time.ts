import { addDays, format, startOfDay } from 'date-fns';
import { clockFormat } from '../electron/core/clock-format';

export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** [start of today, start of tomorrow) in the user's local time, as UTC milliseconds. */
export function todayRange(now: Date = new Date()): { from: number; to: number } {
  const start = startOfDay(now);
  return { from: start.getTime(), to: addDays(start, 1).getTime() };
}

/** Value for an <input type="datetime-local"> (local time, minute precision). */
export function toLocalInput(ms: number): string {
  return format(ms, "yyyy-MM-dd'T'HH:mm");
}

/** Parses an <input type="datetime-local"> value as local time; NaN when empty or malformed. */
export function fromLocalInput(value: string): number {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? new Date(value).getTime() : Number.NaN;
}

/** A clock time in the person's locale ("19:08" or "7:08 PM"), in the given zone or the local one. */
export function clockTime(ms: number, timeZone?: string): string {
  return clockFormat({ timeZone })(ms);
}

/** Shows an entry's time in the zone it was logged in: "when it happened" for the person then. */
export function formatWhen(ms: number, timeZone: string, withDate: boolean): string {
  if (!withDate) return clockTime(ms, timeZone);
  const date = new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
  return `${date}, ${clockTime(ms, timeZone)}`;
}

/** One way to write a length of time everywhere: "45 min", "1 h", "1 h 35 min". */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

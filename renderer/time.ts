import { addDays, format, startOfDay } from 'date-fns';
import { clockFormat } from '../electron/api/page';

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

/**
 * Every date Limber shows, in one of these styles and the person's locale, so a date reads the
 * same way on every page (en-US "Wed, Nov 25, 2026"; en-GB "Wed 25 Nov 2026").
 */
const DATE_STYLES = {
  /** A day by name, for headings: "Wednesday, November 25, 2026". */
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** The same, shorter, inside a line or a table: "Wed, Nov 25, 2026". */
  short: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  /** A calendar date with no weekday (a birth date, when a report was made): "November 25, 2026". */
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  /** A chart's axis, whose range names the year: "Nov 25". */
  axis: { day: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof DATE_STYLES;

/** An instant's date in the zone it happened in (the local zone when none is given). */
export function dateWords(ms: number, style: DateStyle, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, { ...DATE_STYLES[style], timeZone }).format(ms);
}

/** A calendar day (`YYYY-MM-DD`), the same wherever it is read: its noon in UTC, shown in UTC. */
export function dayWords(day: string, style: DateStyle): string {
  return dateWords(Date.parse(`${day}T12:00:00Z`), style, 'UTC');
}

/** Shows an entry's time in the zone it was logged in: "when it happened" for the person then. */
export function formatWhen(ms: number, timeZone: string, withDate: boolean): string {
  return withDate ? `${dateWords(ms, 'short', timeZone)}, ${clockTime(ms, timeZone)}` : clockTime(ms, timeZone);
}

/** One way to write a length of time everywhere: "45 min", "1 h", "1 h 35 min". */
export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

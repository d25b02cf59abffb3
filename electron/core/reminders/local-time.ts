import { TZDate } from '@date-fns/tz';
import type { ReminderSettings } from './reminder-settings';

// Wall-clock questions in the person's own zone. Explicit zones keep DST and travel testable.

const [HOURS, MINUTES] = [0, 1];

function parts(time: string): [number, number] {
  const split = time.split(':').map(Number);
  return [split[HOURS]!, split[MINUTES]!];
}

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function localDate(at: number, zone: string): string {
  const d = new TZDate(at, zone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The instant a local clock time happens on the local date of `at`. A time that does not exist
 * that day (the hour skipped at a DST change) becomes the first valid instant after it.
 */
export function occurrenceOn(at: number, time: string, zone: string, dayOffset = 0): number {
  const d = new TZDate(at, zone);
  const [h, m] = parts(time);
  return +new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, h, m, 0, zone);
}

function weekday(at: number, zone: string): number {
  return new TZDate(at, zone).getDay();
}

type WorkingHours = ReminderSettings['workingHours'];

export function isWorkingTime(at: number, zone: string, hours: WorkingHours): boolean {
  if (!hours.enabled) return true;
  if (!hours.days.includes(weekday(at, zone))) return false;
  return at >= occurrenceOn(at, hours.start, zone) && at < occurrenceOn(at, hours.end, zone);
}

/** The next instant after `at` where working time starts or ends; null when hours are off. */
export function nextWorkingBoundary(at: number, zone: string, hours: WorkingHours): number | null {
  if (!hours.enabled || hours.days.length === 0) return null;
  for (let day = 0; day <= 7; day++) {
    const probe = occurrenceOn(at, '12:00', zone, day);
    if (!hours.days.includes(weekday(probe, zone))) continue;
    for (const boundary of [occurrenceOn(at, hours.start, zone, day), occurrenceOn(at, hours.end, zone, day)]) {
      if (boundary > at) return boundary;
    }
  }
  return null;
}

/** When working time next starts after `at` (for "pause until tomorrow"); local midnight if hours are off. */
export function nextWorkStart(at: number, zone: string, hours: WorkingHours): number {
  if (hours.enabled && hours.days.length > 0) {
    for (let day = 1; day <= 7; day++) {
      const start = occurrenceOn(at, hours.start, zone, day);
      if (hours.days.includes(weekday(start, zone))) return start;
    }
  }
  return occurrenceOn(at, '00:00', zone, 1);
}

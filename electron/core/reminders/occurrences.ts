import { TZDate } from '@date-fns/tz';
import { localDate, occurrenceOn } from './local-time';
import type { ReminderSchedule } from './reminder-list';

// When a clock reminder's times fall, in the person's zone: on its days only, DST included.

type ClockSchedule = Extract<ReminderSchedule, { type: 'clock' }>;

/**
 * Zone arithmetic is slow (Intl under the hood) and the scheduler asks at every decision, so each
 * schedule's fortnight around a day is worked out once. Bounded: cleared when it grows.
 */
const fortnights = new Map<string, number[]>();

/** Its occurrences from a week before the local date of `at` to a week after, earliest first. */
function fortnight(schedule: ClockSchedule, at: number, zone: string): number[] {
  const key = `${zone}|${localDate(at, zone)}|${schedule.days.join()}|${schedule.times.join()}`;
  let out = fortnights.get(key);
  if (out) return out;
  out = [];
  for (let day = -7; day <= 7; day++) {
    const noon = occurrenceOn(at, '12:00', zone, day);
    if (!schedule.days.includes(new TZDate(noon, zone).getDay())) continue;
    for (const time of [...schedule.times].sort()) out.push(occurrenceOn(at, time, zone, day));
  }
  if (fortnights.size >= 256) fortnights.clear();
  fortnights.set(key, out);
  return out;
}

/** The latest occurrence at or before `at` (within a week), or null. */
export function latestOccurrence(schedule: ClockSchedule, at: number, zone: string): number | null {
  return fortnight(schedule, at, zone).findLast((o) => o <= at) ?? null;
}

/** The first occurrence after `at` (within a week), or null. */
export function nextOccurrence(schedule: ClockSchedule, at: number, zone: string): number | null {
  return fortnight(schedule, at, zone).find((o) => o > at) ?? null;
}

import { z } from 'zod';

/** Earliest and latest instants Limber accepts, to catch seconds-vs-milliseconds and typo'd years. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export const instantSchema = z
  .number()
  .int('must be a whole number of milliseconds')
  .min(EARLIEST, 'must be a time after 1 January 2000')
  .max(LATEST, 'must be a time before 2100');

/** The longest IANA zone name is 32 characters; anything much longer is not a zone. */
const ZONE_MAX = 64;

/** An IANA zone, stored under its canonical spelling (`europe/london` becomes `Europe/London`). */
/**
 * When Limber recorded something (created, updated, exported): whatever the computer's clock said,
 * so a file exported while the clock was wrong still imports. Times the person chooses keep the
 * 2000–2100 rule, on entry and on import alike.
 */
export const clockStampSchema = z.number().int('must be a whole number of milliseconds').min(0, 'must not be before 1970').max(8.64e15, 'must be a time a clock can show');

export const timeZoneSchema = z
  .string()
  .max(ZONE_MAX, { message: 'must be an IANA time zone such as Europe/London', abort: true })
  .refine((zone) => canonicalZone(zone) !== null, 'must be an IANA time zone such as Europe/London')
  .transform((zone) => canonicalZone(zone)!);

// Building a DateTimeFormat costs ~40 µs; an import checks a zone per record and zones repeat.
// Only real zones are remembered (a few hundred exist), so the cache cannot grow with bad input.
const canonicalZones = new Map<string, string>();

function canonicalZone(zone: string): string | null {
  const known = canonicalZones.get(zone);
  if (known !== undefined) return known;
  if (zone.length === 0 || zone.length > ZONE_MAX) return null;
  try {
    const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    if (canonicalZones.size < 2000) canonicalZones.set(zone, canonical);
    return canonical;
  } catch {
    return null;
  }
}

/**
 * A local calendar date, `YYYY-MM-DD`: a real one (not 30 February; `Date.parse` rolls that over to
 * March) within the years every instant must fall in.
 */
export const dayKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-11-25', abort: true })
  .refine(isCalendarDay, 'must be a real date between 2000-01-01 and 2099-12-31');

function isCalendarDay(day: string): boolean {
  const at = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(at) && at >= EARLIEST && at < LATEST && new Date(at).toISOString().slice(0, 10) === day;
}

export const idSchema = z.number().int('must be a whole number').positive('must be a positive id');

export const entryCursorSchema = z.strictObject({ startedAt: instantSchema, id: idSchema });
export type EntryCursor = z.output<typeof entryCursorSchema>;

/** Newest first, optionally within [from, to), continuing after a cursor. */
export const pageQuerySchema = z
  .strictObject({
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    after: entryCursorSchema.optional(),
    limit: z.number().int('must be a whole number').min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(50),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    message: 'must be later than from',
    path: ['to'],
  });
export type PageQuery = z.output<typeof pageQuerySchema>;

export interface Page<T> {
  items: T[];
  /** Pass as `after` to fetch the next page; null when this page is the last. */
  next: EntryCursor | null;
}

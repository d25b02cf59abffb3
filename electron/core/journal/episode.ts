import { z } from 'zod';
import { BODY_REGIONS, BODY_SIDES, type BodyRegion, type BodySide } from './body';

// Domain types and input schemas of episodes: no Node or SQL here, so the renderer can share the types.


/** Earliest and latest instants Limber accepts, to catch seconds-vs-milliseconds and typo'd years. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

export const instantSchema = z
  .number()
  .int('must be a whole number of milliseconds')
  .min(EARLIEST, 'must be a time after 1 January 2000')
  .max(LATEST, 'must be a time before 2100');

export const timeZoneSchema = z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/London');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

const tagListSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'))
  .max(20, 'must have at most 20 entries');

export const idSchema = z.number().int('must be a whole number').positive('must be a positive id');

const episodeFields = {
  startedAt: instantSchema,
  timeZone: timeZoneSchema,
  intensity: z.number().int('must be a whole number').min(0, 'must be 0 to 10').max(10, 'must be 0 to 10'),
  region: z.enum(BODY_REGIONS),
  side: z.enum(BODY_SIDES),
  triggers: tagListSchema,
  relief: tagListSchema,
  notes: z.string().max(4000, 'must be at most 4000 characters'),
};

export const newEpisodeSchema = z.strictObject({
  ...episodeFields,
  side: episodeFields.side.default('both'),
  triggers: episodeFields.triggers.default([]),
  relief: episodeFields.relief.default([]),
  notes: episodeFields.notes.default(''),
});
export type NewEpisode = z.output<typeof newEpisodeSchema>;

// Built from the default-free fields: zod applies defaults inside .partial(), which would
// silently reset every field a patch leaves out.
export const episodePatchSchema = z.strictObject({
  id: idSchema,
  patch: z
    .strictObject(episodeFields)
    .partial()
    .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'must change at least one field'),
});
export type EpisodePatch = z.output<typeof episodePatchSchema>;

export const episodeCursorSchema = z.strictObject({ startedAt: instantSchema, id: idSchema });
export type EpisodeCursor = z.output<typeof episodeCursorSchema>;

export const episodeQuerySchema = z
  .strictObject({
    /** Only episodes that started at or after this instant. */
    from: instantSchema.optional(),
    /** Only episodes that started before this instant. */
    to: instantSchema.optional(),
    /** Continue after the last episode of the previous page. */
    after: episodeCursorSchema.optional(),
    limit: z.number().int('must be a whole number').min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(50),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    message: 'must be later than from',
    path: ['to'],
  });
export type EpisodeQuery = z.output<typeof episodeQuerySchema>;

export interface Episode {
  id: number;
  startedAt: number;
  timeZone: string;
  intensity: number;
  region: BodyRegion;
  side: BodySide;
  triggers: string[];
  relief: string[];
  notes: string;
  createdAt: number;
  updatedAt: number;
}

export interface EpisodePage {
  items: Episode[];
  /** Pass as `after` to fetch the next page; null when this page is the last. */
  next: EpisodeCursor | null;
}

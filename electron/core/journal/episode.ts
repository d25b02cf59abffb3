import { z } from 'zod';
import { idSchema, instantSchema, timeZoneSchema } from './paging';
import { BODY_REGIONS, BODY_SIDES, type BodyRegion, type BodySide } from './vocabulary';

// Domain types and input schemas of episodes: no Node or SQL here, so the renderer can share the types.

export const tagListSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'))
  .max(20, 'must have at most 20 entries');

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

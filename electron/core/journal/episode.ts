import { z } from 'zod';
import { idSchema, instantSchema, timeZoneSchema } from './paging';
import { BODY_AREAS, PAIN_WORDS, RELIEF_HELPED, type BodyArea, type PainWord } from './vocabulary';

// Domain types and input schemas of episodes: no Node or SQL here, so the renderer can share the types.

export const tagListSchema = z
  .array(z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'))
  .max(20, 'must have at most 20 entries');

const episodeFields = {
  startedAt: instantSchema,
  timeZone: timeZoneSchema,
  intensity: z.number().int('must be a whole number').min(0, 'must be 0 to 10').max(10, 'must be 0 to 10'),
  areas: z
    .array(z.enum(BODY_AREAS as [BodyArea, ...BodyArea[]], { error: 'must be a place on the body map' }))
    .min(1, 'must mark at least one place')
    .refine((a) => new Set(a).size === a.length, 'must not repeat a place'),
  /** What it feels like: aching, burning, tingling… */
  qualities: z
    .array(z.enum(PAIN_WORDS as unknown as [PainWord, ...PainWord[]], { error: `must be one of ${PAIN_WORDS.join(', ')}` }))
    .refine((words) => new Set(words).size === words.length, 'must not repeat a word'),
  durationMinutes: z.number().int('must be a whole number').min(1, 'must be at least 1 minute').max(10080, 'must be at most a week').nullable(),
  triggers: tagListSchema,
  relief: tagListSchema,
  /** How much the relief tried helped: 0 not at all … 3 a lot; null when not said. */
  reliefHelped: z.number().int().min(0, `must be 0 to ${RELIEF_HELPED.length - 1}`).max(RELIEF_HELPED.length - 1, `must be 0 to ${RELIEF_HELPED.length - 1}`).nullable(),
  notes: z.string().max(4000, 'must be at most 4000 characters'),
};

export const newEpisodeSchema = z.strictObject({
  ...episodeFields,
  durationMinutes: episodeFields.durationMinutes.default(null),
  reliefHelped: episodeFields.reliefHelped.default(null),
  qualities: episodeFields.qualities.default([]),
  triggers: episodeFields.triggers.default([]),
  relief: episodeFields.relief.default([]),
  notes: episodeFields.notes.default(''),
});
/** A new episode as the journal takes it; what it felt like may go unsaid (older callers and files). */
export type NewEpisode = Omit<z.output<typeof newEpisodeSchema>, 'qualities'> & { qualities?: PainWord[] };

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
  areas: BodyArea[];
  qualities: PainWord[];
  durationMinutes: number | null;
  triggers: string[];
  relief: string[];
  reliefHelped: number | null;
  notes: string;
  createdAt: number;
  updatedAt: number;
  /** Fields damaged on disk that read as empty (see stored-list.ts); absent when all is well. */
  unreadable?: string[];
}

import { z } from 'zod';
import { idSchema, instantSchema, timeZoneSchema } from './paging';
import { ACTIVITY_KINDS, type ActivityKind } from './vocabulary';

// Activities: walking, swimming, a completed warm-up or breathing routine… Types and input schemas.

const activityFields = {
  startedAt: instantSchema,
  timeZone: timeZoneSchema,
  kind: z.enum(ACTIVITY_KINDS),
  minutes: z.number().int('must be a whole number').min(1, 'must be at least 1 minute').max(1440, 'must be at most 1440 minutes (a day)'),
  note: z.string().max(4000, 'must be at most 4000 characters'),
};

export const newActivitySchema = z.strictObject({ ...activityFields, note: activityFields.note.default('') });
export type ActivityPatch = z.output<typeof activityPatchSchema>;

/** Built from default-free fields: zod would fill defaults into a partial and reset them. */
export const activityPatchSchema = z.strictObject({
  id: idSchema,
  patch: z.strictObject(activityFields).partial().refine((p) => Object.values(p).some((v) => v !== undefined), 'must change at least one field'),
});
export type NewActivity = z.output<typeof newActivitySchema>;

export interface Activity {
  id: number;
  startedAt: number;
  timeZone: string;
  kind: ActivityKind;
  minutes: number;
  note: string;
  createdAt: number;
  updatedAt: number;
}

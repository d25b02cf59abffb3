import { z } from 'zod';
import { instantSchema, timeZoneSchema } from './paging';
import { ACTIVITY_KINDS, type ActivityKind } from './vocabulary';

// Activities: walking, swimming, a completed warm-up or breathing routine… Types and input schemas.

export const newActivitySchema = z.strictObject({
  startedAt: instantSchema,
  timeZone: timeZoneSchema,
  kind: z.enum(ACTIVITY_KINDS),
  minutes: z.number().int('must be a whole number').min(1, 'must be at least 1 minute').max(1440, 'must be at most 1440 minutes (a day)'),
  note: z.string().max(4000, 'must be at most 4000 characters').default(''),
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

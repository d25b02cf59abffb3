import { z } from 'zod';
import { dayKeySchema, timeZoneSchema } from './paging';

const rating = z.number().int('must be a whole number').min(0, 'must be 0 to 10').max(10, 'must be 0 to 10');

/** One check-in per local date; saving the same date again edits it. */
export const checkInSchema = z.strictObject({
  day: dayKeySchema,
  timeZone: timeZoneSchema,
  pain: rating,
  stiffness: rating,
  /** Sleep quality: 0 very poor, 10 very good. */
  sleep: rating,
  note: z.string().max(4000, 'must be at most 4000 characters').default(''),
});
export type CheckInInput = z.output<typeof checkInSchema>;

export interface CheckIn extends CheckInInput {
  id: number;
  createdAt: number;
  updatedAt: number;
}

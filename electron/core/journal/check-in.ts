import { z } from 'zod';
import { factorAnswersSchema, type FactorAnswers } from './check-in-factor';
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
  /** Answers to the person's own factors, all of them: one left out is unanswered. Omitted, those recorded stay. */
  factors: factorAnswersSchema.optional(),
});
export type CheckInInput = z.output<typeof checkInSchema>;

export interface CheckIn extends CheckInInput {
  id: number;
  /** Answers by factor id, removed factors' included; none is `{}`. */
  factors: FactorAnswers;
  createdAt: number;
  updatedAt: number;
}

import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { NO_CONTROL_CHARACTERS } from '../text-rules';
import { CHECK_IN_FACTOR_TYPES, MAX_CHECK_IN_FACTORS, MAX_FACTOR_NAME } from './vocabulary';

// The person's own check-in factors: what each is, and what an answer to it may be.

export const factorIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be a factor id: up to 40 lower-case letters, digits and dashes');

const factorName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_FACTOR_NAME, `must be at most ${MAX_FACTOR_NAME} characters`)
  .regex(NO_CONTROL_CHARACTERS, 'must not contain control characters');

const factorType = z.enum(CHECK_IN_FACTOR_TYPES);

/** A factor as stored. A removed one is kept, archived, so its past answers keep their name. */
export const checkInFactorSchema = z.strictObject({ id: factorIdSchema, name: factorName, type: factorType, archived: z.boolean() });
export type CheckInFactor = z.output<typeof checkInFactorSchema>;

/** Factor names are told apart regardless of case. */
export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The factors the check-in asks about, in its order: one without an id is new; a saved one left
 * out is removed (archived).
 */
export const factorListSchema = z.strictObject({
  factors: z
    .array(z.strictObject({ id: factorIdSchema.optional(), name: factorName, type: factorType }))
    .max(MAX_CHECK_IN_FACTORS, `must have at most ${MAX_CHECK_IN_FACTORS} factors`)
    .superRefine((factors, ctx) => {
      factors.forEach((factor, index) => {
        const earlier = factors.slice(0, index);
        if (earlier.some((other) => sameName(other.name, factor.name))) {
          ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'is already the name of another factor' });
        }
        if (factor.id !== undefined && earlier.some((other) => other.id === factor.id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'is listed twice' });
        }
      });
    }),
});
export type FactorList = z.output<typeof factorListSchema>['factors'];

/** A check-in's answers by factor id: 1 (yes) or 0 (no) for a yes/no factor, 0–10 for a scale. */
export const factorAnswersSchema = z
  .record(z.string().max(40, 'must be a factor id'), z.number().int('must be a whole number').min(0, 'must be 0 to 10').max(10, 'must be 0 to 10'))
  .refine((answers) => Object.keys(answers).length <= 64, 'must answer at most 64 factors');
export type FactorAnswers = z.output<typeof factorAnswersSchema>;

/**
 * What is wrong with `answers` given the factors they may answer (`unknown` says what an id not
 * among them is), each at `path.<id>`.
 */
export function answerIssues(factors: readonly CheckInFactor[], answers: FactorAnswers, path: string, unknown: string): FieldIssue[] {
  return Object.entries(answers).flatMap(([id, value]): FieldIssue[] => {
    const factor = factors.find((f) => f.id === id);
    if (!factor) return [{ field: `${path}.${id}`, message: unknown }];
    if (factor.type === 'yes-no' && value > 1) return [{ field: `${path}.${id}`, message: `must be 1 (yes) or 0 (no) for “${factor.name}”` }];
    return [];
  });
}

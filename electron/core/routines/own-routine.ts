import { z } from 'zod';
import { clockStampSchema } from '../journal/paging';
import { ACTIVITY_KINDS } from '../journal/vocabulary';
import { NO_CONTROL_CHARACTERS } from '../text-rules';
import { ILLUSTRATION_IDS } from './illustrations';
import { OWN_ROUTINE_PREFIX, ROUTINE_LIMITS as L } from './routine-vocabulary';

// A routine of the person's own: made in the editor or copied from a built-in one. Types and schemas.

const line = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).regex(NO_CONTROL_CHARACTERS, 'must not contain control characters');

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Any routine: a built-in one (`desk-warm-up`) or one of the person's (`mine-mhx4k2p0`). */
export const routineIdSchema = z.string().max(80, 'must be at most 80 characters').regex(kebab, 'must be a routine id such as desk-warm-up');

/** At most 32 characters: the table allows 40, room for the suffix an import may add (own-routines.ts). */
export const ownRoutineIdSchema = z
  .string()
  .max(32, 'must be at most 32 characters')
  .regex(kebab, 'must be a routine id such as mine-mhx4k2p0')
  .refine((id) => id.startsWith(OWN_ROUTINE_PREFIX), `must be one of your routines (its id starts with ${OWN_ROUTINE_PREFIX})`);

/** A step's length or count, in range and whole, or null when the step is measured the other way. */
const amount = ({ min, max }: { min: number; max: number }, unit: string) =>
  z
    .number()
    .min(min, `must be ${min} to ${max} ${unit}`)
    .max(max, `must be ${min} to ${max} ${unit}`)
    .refine(Number.isInteger, `must be a whole number of ${unit}`)
    .nullable()
    .default(null);

/**
 * A step is timed (`seconds`) or counted (`reps`): exactly one of the two is a number. Whole
 * numbers are checked by a refinement, not `.int()`, whose issue is worded by its type, not here.
 */
export const routineStepSchema = z
  .strictObject({
    title: line(L.title),
    text: z.string().trim().max(L.text, `must be at most ${L.text} characters`).default(''),
    seconds: amount(L.seconds, 'seconds'),
    reps: amount(L.reps, 'times'),
    illustration: z.enum(ILLUSTRATION_IDS, { error: 'must be one of the illustrations in the library, or null for none' }).nullable().default(null),
  })
  .superRefine((step, ctx) => {
    if (step.seconds === null && step.reps === null) {
      ctx.addIssue({ code: 'custom', path: ['seconds'], message: 'must be given, or a number of repetitions instead' });
    } else if (step.seconds !== null && step.reps !== null) {
      ctx.addIssue({ code: 'custom', path: ['reps'], message: 'must be left out of a timed step: a step is timed or counted, not both' });
    }
  });
export type RoutineStep = z.output<typeof routineStepSchema>;

export const routineInputSchema = z.strictObject({
  name: line(L.name),
  /** What finishing it logs in the journal. */
  activity: z.enum(ACTIVITY_KINDS).default('other'),
  steps: z
    .array(routineStepSchema)
    .min(L.steps.min, 'must have at least one step')
    .max(L.steps.max, `must have at most ${L.steps.max} steps`),
});
export type RoutineInput = z.output<typeof routineInputSchema>;

/** `routines.save`: without an id a new routine, with one a change to that routine. */
export const saveRoutineSchema = routineInputSchema.extend({ id: ownRoutineIdSchema.optional() });
export type SaveRoutine = z.output<typeof saveRoutineSchema>;

/** A routine as the export file holds it: its id, so reminders in the same file can name it. */
export const routineRecordSchema = routineInputSchema.extend({
  id: ownRoutineIdSchema,
  /** The built-in routine it was copied from (it may be one a later Limber no longer ships). */
  basedOn: routineIdSchema.nullable(),
  createdAt: clockStampSchema,
  updatedAt: clockStampSchema,
});
export type RoutineRecord = z.output<typeof routineRecordSchema>;

export interface OwnRoutine extends RoutineRecord {
  /** Fields damaged on disk, read as empty or a default (most routines: never). */
  unreadable?: string[];
}

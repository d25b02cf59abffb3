import { z } from 'zod';
import { NO_CONTROL_CHARACTERS } from '../text-rules';
import { idSchema, instantSchema, timeZoneSchema } from './paging';
import { TAKEN_KINDS, type TakenKind } from './vocabulary';

// SQLite's length() stops at a NUL, so the table's CHECK would refuse it with a bare constraint error.

export const newSupplementSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters').regex(NO_CONTROL_CHARACTERS, 'must not contain control characters'),
  defaultDose: z.string().trim().max(60, 'must be at most 60 characters').regex(NO_CONTROL_CHARACTERS, 'must not contain control characters').default(''),
  /** A supplement (the default, as before medications had their own list) or a medication. */
  kind: z.enum(TAKEN_KINDS, { error: 'must be supplement or medication' }).default('supplement'),
});
/** A new supplement or medication; left unsaid, a supplement (older callers and files). */
export type NewSupplement = Omit<z.output<typeof newSupplementSchema>, 'kind'> & { kind?: TakenKind };

/** One thing on the person's lists: a supplement or a medication (they share the dose journal). */
export interface Supplement {
  id: number;
  kind: TakenKind;
  name: string;
  defaultDose: string;
  createdAt: number;
  /** When it was last taken, for "taken today" and the one-tap repeat. */
  lastTakenAt: number | null;
}

export const newDoseSchema = z.strictObject({
  supplementId: idSchema,
  startedAt: instantSchema,
  timeZone: timeZoneSchema,
  /** Left out: the supplement's usual dose. */
  dose: z.string().trim().max(60, 'must be at most 60 characters').optional(),
  note: z.string().max(4000, 'must be at most 4000 characters').default(''),
});
export type NewDose = z.output<typeof newDoseSchema>;

export const dosePatchSchema = z.strictObject({
  id: idSchema,
  patch: z
    .strictObject({
      startedAt: instantSchema,
      timeZone: timeZoneSchema,
      dose: z.string().trim().max(60, 'must be at most 60 characters'),
      note: z.string().max(4000, 'must be at most 4000 characters'),
    })
    .partial()
    .refine((p) => Object.values(p).some((v) => v !== undefined), 'must change at least one field'),
});

export interface SupplementDose {
  id: number;
  supplementId: number;
  supplementName: string;
  /** Whether it is a supplement or a medication. */
  kind: TakenKind;
  startedAt: number;
  timeZone: string;
  dose: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}
export type DosePatch = z.output<typeof dosePatchSchema>;

import { z } from 'zod';
import { checkInSchema } from '../journal/check-in';
import { checkInFactorSchema } from '../journal/check-in-factor';
import { newFoodSchema } from '../journal/food';
import { newActivitySchema } from '../journal/activity';
import { newEpisodeSchema } from '../journal/episode';
import { clockStampSchema, idSchema } from '../journal/paging';
import { newDoseSchema, newSupplementSchema } from '../journal/supplement';
import { routineRecordSchema } from '../routines/own-routine';
import { reminderSchema } from '../reminders/reminder-settings';

// The export file: versioned, documented in the README. Records carry their creation and change
// times, so an import restores the journal as it was and can recognise records it already holds.
// Version 2 added sections; a file without them (every version-1 file) imports with them empty.

export const JOURNAL_FORMAT = 'limber-journal';
export const JOURNAL_VERSION = 2;

const stamps = { createdAt: clockStampSchema, updatedAt: clockStampSchema };

/** The most check-in factors, asked and removed, a file may list. */
const MAX_FILE_FACTORS = 200;

/** The largest export file an import takes (an export of 100,000 entries is about 20 MB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export const journalFileSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal([1, JOURNAL_VERSION], { error: `must be 1 or ${JOURNAL_VERSION}: this Limber reads export files up to version ${JOURNAL_VERSION}` }),
  exportedAt: clockStampSchema,
  episodes: z.array(newEpisodeSchema.extend(stamps)),
  activities: z.array(newActivitySchema.extend(stamps)),
  supplements: z.array(newSupplementSchema.extend({ id: idSchema, createdAt: clockStampSchema, archived: z.boolean() })),
  supplementDoses: z.array(
    newDoseSchema.extend({ ...stamps, dose: z.string().max(60) }),
  ),
  food: z.array(newFoodSchema.safeExtend(stamps)),
  checkIns: z.array(checkInSchema.extend(stamps)),
  routines: z.array(routineRecordSchema).default([]),
  /** The person's reminders, built-ins as they set them; the routine each opens by its id in `routines` or built in. */
  reminders: z.array(reminderSchema).default([]),
  /** The person's own check-in factors (removed ones archived), which `checkIns[].factors` answer by id. */
  checkInFactors: z
    .array(checkInFactorSchema)
    // Removed factors are kept, so a journal's list grows; a bound keeps an import's matching quick.
    .max(MAX_FILE_FACTORS, `must list at most ${MAX_FILE_FACTORS} factors`)
    .superRefine((factors, ctx) =>
      factors.forEach((f, index) => {
        const first = factors.findIndex((other) => other.id === f.id);
        if (first < index) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `is also the id of checkInFactors.${first}` });
      }),
    )
    .default([]),
});
export type JournalFile = z.output<typeof journalFileSchema>;
export type JournalKind = Exclude<keyof JournalFile, 'format' | 'version' | 'exportedAt'>;

/** What an import did, per kind. */
export type ImportReport = Record<JournalKind, { added: number; alreadyThere: number }>;

import { z } from 'zod';
import { checkInSchema } from '../journal/check-in';
import { newFoodSchema } from '../journal/food';
import { newActivitySchema } from '../journal/activity';
import { newEpisodeSchema } from '../journal/episode';
import { clockStampSchema, idSchema } from '../journal/paging';
import { newDoseSchema, newSupplementSchema } from '../journal/supplement';

// The export file: versioned, documented in the README. Records carry their creation and change
// times, so an import restores the journal as it was and can recognise records it already holds.

export const JOURNAL_FORMAT = 'limber-journal';
export const JOURNAL_VERSION = 1;

const stamps = { createdAt: clockStampSchema, updatedAt: clockStampSchema };

/** The largest export file an import takes (an export of 100,000 entries is about 20 MB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

export const journalFileSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(JOURNAL_VERSION),
  exportedAt: clockStampSchema,
  episodes: z.array(newEpisodeSchema.extend(stamps)),
  activities: z.array(newActivitySchema.extend(stamps)),
  supplements: z.array(newSupplementSchema.extend({ id: idSchema, createdAt: clockStampSchema, archived: z.boolean() })),
  supplementDoses: z.array(
    newDoseSchema.extend({ ...stamps, dose: z.string().max(60) }),
  ),
  food: z.array(newFoodSchema.safeExtend(stamps)),
  checkIns: z.array(checkInSchema.extend(stamps)),
});
export type JournalFile = z.output<typeof journalFileSchema>;
export type JournalKind = Exclude<keyof JournalFile, 'format' | 'version' | 'exportedAt'>;

/** What an import did, per kind. */
export type ImportReport = Record<JournalKind, { added: number; alreadyThere: number }>;

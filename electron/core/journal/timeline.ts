import { z } from 'zod';
import type { Activity } from './activity';
import type { CheckIn } from './check-in';
import type { Episode } from './episode';
import type { FoodEntry } from './food';
import { instantSchema } from './paging';
import { ENTRY_KINDS, type EntryKind } from './vocabulary';
import type { SupplementDose } from './supplement';

// The journal as one timeline: every kind together, newest first. Pure types and schema.


export type TimelineEntry =
  | { kind: 'episode'; entry: Episode }
  | { kind: 'activity'; entry: Activity }
  | { kind: 'supplement'; entry: SupplementDose }
  | { kind: 'food'; entry: FoodEntry }
  | { kind: 'check-in'; entry: CheckIn };

export const timelineCursorSchema = z.strictObject({
  startedAt: instantSchema,
  kind: z.enum(ENTRY_KINDS),
  id: z.number().int().positive(),
});
export type TimelineCursor = z.output<typeof timelineCursorSchema>;

export const timelineQuerySchema = z
  .strictObject({
    // Each distinct list compiles a query of its own: kept to the known kinds, once each, in one order.
    kinds: z
      .array(z.enum(ENTRY_KINDS))
      .min(1, 'must include at least one kind')
      .max(ENTRY_KINDS.length, { message: 'must list each kind at most once', abort: true })
      .refine((kinds) => new Set(kinds).size === kinds.length, 'must list each kind at most once')
      .transform((kinds) => ENTRY_KINDS.filter((kind) => kinds.includes(kind)))
      .optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    /** Words to find in notes, triggers, relief, tags and names. */
    text: z.string().trim().max(100, 'must be at most 100 characters').optional(),
    after: timelineCursorSchema.optional(),
    limit: z.number().int().min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(50),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, { message: 'must be later than from', path: ['to'] });
export type TimelineQuery = z.output<typeof timelineQuerySchema>;

export interface TimelinePage {
  items: TimelineEntry[];
  next: TimelineCursor | null;
}

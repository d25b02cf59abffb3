import type { Routine } from '../advice/content';
import type { ActivityKind } from '../journal/vocabulary';

// Routines' shared words and numbers. Free of zod and Node, so the editor's fields, the player and
// the schema (own-routine.ts) use one set.

/** What the person's routines may hold. */
export const ROUTINE_LIMITS = {
  /** Routines of the person's own at once: room for any real use, and a bound on an import's work. */
  count: 100,
  name: 60,
  steps: { min: 1, max: 30 },
  title: 80,
  text: 400,
  seconds: { min: 5, max: 600 },
  reps: { min: 1, max: 100 },
} as const;

/** The person's routines have ids starting so (`mine-mhx4k2p0`); the built-in ones never do. */
export const OWN_ROUTINE_PREFIX = 'mine-';

export const isOwnRoutineId = (id: string): boolean => id.startsWith(OWN_ROUTINE_PREFIX);

/** Which kind of journal activity finishing a built-in routine records (and a copy of it, at first). */
export const ACTIVITY_FOR: Readonly<Record<Routine['kind'], ActivityKind>> = {
  'warm-up': 'warm-up',
  breathing: 'breathing',
  checklist: 'other',
};

/** Breaths the breathing routine paces unless the person chooses another number. */
export const DEFAULT_BREATHS = 6;

import type { Routine } from '../advice/content';
import type { OwnRoutine } from './own-routine';

// What the routines channels return. Types only, shared with the page (kept apart from the store,
// whose types reach SQLite's).

/** One line of the Routines page: a built-in routine or one of the person's. */
export interface RoutineSummary {
  id: string;
  name: string;
  builtIn: boolean;
  /** The built-in routine the person's was copied from; null for built-ins and new ones. */
  basedOn: string | null;
  /** A built-in routine's description; null for the person's. */
  summary: string | null;
  stepCount: number;
  unreadable?: string[];
}

/** What `routines.get` answers: a built-in routine as shipped, or one of the person's. */
export type RoutineDetail = { builtIn: true; routine: Routine } | { builtIn: false; routine: OwnRoutine };

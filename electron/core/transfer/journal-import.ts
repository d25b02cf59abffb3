import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { LimberError } from '../errors';
import { ActivityJournal } from '../journal/activity-journal';
import { CheckInFactors } from '../journal/check-in-factors';
import { CheckIns } from '../journal/check-ins';
import { EpisodeJournal } from '../journal/episode-journal';
import { FoodJournal } from '../journal/food-journal';
import { SupplementJournal } from '../journal/supplement-journal';
import { OwnRoutines } from '../routines/own-routines';
import { bundledAdviceContent } from '../advice/bundled-content';
import { SettingsStore } from '../settings/app-settings';
import type { ImportReport } from './journal-file';
import { importJournal, type Journals } from './journal-transfer';

/**
 * Imports an export file's text. A host runs it off the main thread (see worker-importer.ts), so
 * reading, checking and writing a large file never stops Limber answering.
 */
export interface JournalImporter {
  importText(text: string): Promise<ImportReport>;
  /** While an import is writing: resolves when it has finished, whatever its outcome. */
  readonly running: Promise<unknown> | null;
}

/** Parses the text and imports it into the journal on this connection. */
export function importText(journals: Journals, text: string): ImportReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new LimberError('invalid-input', 'The file was not imported, nothing was changed: it is not a Limber export (it is not JSON).');
  }
  return importJournal(journals, raw);
}

/** The journal's kinds on a connection of their own (an import worker's). */
export function journalsOn(db: Db, clock: Clock): Journals {
  const checkInFactors = new CheckInFactors(db);
  return {
    db,
    clock,
    episodes: new EpisodeJournal(db, clock),
    activities: new ActivityJournal(db, clock),
    supplements: new SupplementJournal(db, clock),
    food: new FoodJournal(db, clock),
    checkInFactors,
    checkIns: new CheckIns(db, clock, checkInFactors),
    routines: new OwnRoutines(db, clock),
    settings: new SettingsStore(db, clock),
    builtInRoutineIds: new Set(bundledAdviceContent().routines.map((r) => r.id)),
  };
}

/** On the calling thread: for tests, and hosts without a worker file. */
export function inProcessImporter(journals: Journals): JournalImporter {
  return { running: null, importText: async (text) => importText(journals, text) };
}

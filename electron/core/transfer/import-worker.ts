// Worker thread entry: imports one export file on its own connection to the journal, so the
// host's thread keeps answering (reads see the journal as it was until the import commits).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/open-database';
import { sqliteDriver } from '../db/sqlite-driver';
import { LimberError } from '../errors';
import { importText, journalsOn } from './journal-import';
import type { ImportJob, ImportOutcome } from './worker-importer';

const job = workerData as ImportJob;
let outcome: ImportOutcome;
try {
  const db = openDatabase(job.databaseFile, sqliteDriver(job.nativeBinding));
  try {
    outcome = { ok: true, report: importText(journalsOn(db, { now: () => job.now }), job.text) };
  } finally {
    db.close();
  }
} catch (error) {
  outcome =
    error instanceof LimberError
      ? { ok: false, limber: { code: error.code, message: error.message, issues: error.issues } }
      : { ok: false, failure: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: unknown }).code as string | undefined } };
}
parentPort!.postMessage(outcome);

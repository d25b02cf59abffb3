import { Worker } from 'node:worker_threads';
import type { Clock } from '../clock';
import { LimberError, type ErrorCode, type FieldIssue } from '../errors';
import type { ImportReport } from './journal-file';
import type { JournalImporter } from './journal-import';

/** What the worker is given (`workerData`): the text goes with it, transferred once. */
export interface ImportJob {
  databaseFile: string;
  nativeBinding: string | undefined;
  now: number;
  text: string;
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  | { ok: false; limber: { code: ErrorCode; message: string; issues: FieldIssue[] } }
  | { ok: false; failure: { message: string; code: string | undefined } };

/**
 * Runs each import in a worker thread (`workerFile`, the bundled import-worker.ts) with its own
 * connection. One import at a time: a second waits for the first, as two imports of one file
 * must not both count its entries as new.
 */
export function workerImporter(workerFile: string, databaseFile: string, nativeBinding: string | undefined, clock: Clock): JournalImporter {
  let running: Promise<unknown> | null = null;
  const importer: JournalImporter = {
    get running() {
      return running;
    },
    async importText(text) {
      while (running) await running;
      const job: ImportJob = { databaseFile, nativeBinding, now: clock.now(), text };
      const done = runWorker(workerFile, job);
      running = done.catch(() => {});
      try {
        return await done;
      } finally {
        running = null;
      }
    },
  };
  return importer;
}

function runWorker(workerFile: string, job: ImportJob): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: job });
    let settled = false;
    worker.once('message', (outcome: ImportOutcome) => {
      settled = true;
      if (outcome.ok) resolve(outcome.report);
      else if ('limber' in outcome) reject(new LimberError(outcome.limber.code, outcome.limber.message, outcome.limber.issues));
      // The SQLite code travels with the message, so a full disk is still told in plain words.
      else reject(Object.assign(new Error(outcome.failure.message), { code: outcome.failure.code }));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The import stopped unexpectedly (worker exit ${code}); nothing was changed.`));
    });
  });
}

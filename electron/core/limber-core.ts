import fs from 'node:fs';
import path from 'node:path';
import { AdviceLibrary } from './advice/advice-library';
import { RedFlagWatch } from './advice/red-flag-watch';
import { Backups, type BackupInfo } from './backup/backups';
import { resumeInterruptedMove, type JournalMove } from './backup/journal-moves';
import { checkJournalFile, restoreBackup, type StartupCheck } from './backup/recovery';
import { bundledAdviceContent } from './advice/bundled-content';
import type { AdviceContent } from './advice/content';
import type { Clock } from './clock';
import { openDatabase, type Db } from './db/open-database';
import { couldNotOpen } from './db/open-failure';
import { clearLookLeftovers } from './db/read-only-look';
import { LimberError } from './errors';
import { sqliteDriver, type SqliteDriver } from './db/sqlite-driver';
import { ReminderLog } from './reminders/reminder-log';
import { SettingsStore } from './settings/app-settings';
import { inProcessImporter, journalsOn, type JournalImporter } from './transfer/journal-import';
import type { Journals } from './transfer/journal-transfer';
import { workerImporter } from './transfer/worker-importer';

export interface CoreOptions {
  /** Folder holding the journal database; created if missing. */
  dataDir: string;
  clock: Clock;
  /** A better-sqlite3 binary built for this runtime (Electron's under `npm start`); every open uses it. */
  nativeBinding?: string | undefined;
  /** Replaces the driver made from `nativeBinding` (tests inject failures through it). */
  driver?: SqliteDriver;
  /** Defaults to the library that ships in resources/advice. */
  adviceContent?: AdviceContent;
  random?: () => number;
  /**
   * The journal file failed its integrity check and was moved aside: restore the newest good
   * backup, or start an empty journal? The host asks the person. Defaults to restoring.
   */
  onDamaged?: (check: Extract<StartupCheck, { status: 'damaged' }>) => 'restore' | 'start-empty';
  /** The journal is missing or empty while a good backup exists: restore it, or start empty? Defaults to restoring. */
  onMissing?: (check: Extract<StartupCheck, { status: 'missing' }>) => 'restore' | 'start-empty';
  /** The person's IANA zone, for naming daily backups by local date. */
  timeZone?: () => string;
  /** The bundled import worker (import-worker.js): imports then run off the host's thread. */
  importWorker?: string;
}

/** What happened at start-up, for the host to tell the person (see startup-notices.ts). */
export type StartupReport = (
  | { status: 'ok' }
  | { status: 'damaged'; keptAs: string; restoredFrom: BackupInfo | null }
  | { status: 'missing'; empty: boolean; restoredFrom: BackupInfo | null }
  | { status: 'foreign-wal'; keptAs: string }
) & {
  /** A move of the journal's files that a kill interrupted last time, finished now. */
  resumed: JournalMove | null;
};

export interface LimberCore extends Readonly<Journals> {
  readonly advice: AdviceLibrary;
  readonly settings: SettingsStore;
  readonly reminderLog: ReminderLog;
  readonly backups: Backups;
  readonly redFlags: RedFlagWatch;
  readonly importer: JournalImporter;
  readonly startup: StartupReport;
  /** How this runtime opens SQLite files (see db/sqlite-driver.ts). */
  readonly driver: SqliteDriver;
  /** The journal's file. */
  readonly file: string;
  close(): void;
}

export const DATABASE_FILE = 'limber.sqlite3';
export const BACKUP_DIR = 'backups';

/** Builds the whole core from its ports. Shared by the Electron shell, the preview host and tests. */
export function createCore(options: CoreOptions): LimberCore {
  const { dataDir, clock, adviceContent, random } = options;
  const driver = options.driver ?? sqliteDriver(options.nativeBinding);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const backupDir = path.join(dataDir, BACKUP_DIR);
  const startup = recover(options, file, backupDir, driver);
  const db = openJournalDatabase(file, driver);
  try {
    const journals = journalsOn(db, clock);
    for (const kind of [journals.episodes, journals.activities, journals.supplements, journals.food, journals.checkIns, journals.routines]) kind.purgeDeleted();
    const settings = new SettingsStore(db, clock);
    const importer = options.importWorker ? workerImporter(options.importWorker, file, options.nativeBinding, clock) : inProcessImporter(journals);
    return {
      ...journals,
      advice: new AdviceLibrary(db, adviceContent ?? bundledAdviceContent(), clock, random),
      settings,
      redFlags: new RedFlagWatch(db, settings, clock),
      reminderLog: new ReminderLog(db),
      backups: new Backups(db, backupDir, clock, options.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone), driver),
      importer,
      driver,
      file,
      startup,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A damaged journal is set aside before anything opens it for writing; maybe a backup replaces it. */
function recover(options: CoreOptions, file: string, backupDir: string, driver: SqliteDriver): StartupReport {
  const resumed = resumeInterruptedMove(file);
  clearLookLeftovers(file);
  const check = checkJournalFile(file, backupDir, options.clock.now(), driver);
  if (check.status === 'ok' || check.status === 'foreign-wal') return { ...check, resumed };
  if (check.status === 'missing') {
    const restore = (options.onMissing?.(check) ?? 'restore') === 'restore';
    if (restore) restoreBackup(check.newestGoodBackup, file, options.clock.now(), driver);
    return { status: 'missing', empty: check.empty, restoredFrom: restore ? check.newestGoodBackup : null, resumed };
  }
  const restore = check.newestGoodBackup !== null && (options.onDamaged?.(check) ?? 'restore') === 'restore';
  if (restore) restoreBackup(check.newestGoodBackup!, file, options.clock.now(), driver);
  return { status: 'damaged', keptAs: check.keptAs, restoredFrom: restore ? check.newestGoodBackup : null, resumed };
}

/** The journal, or why it could not be opened in words (a damaged one was set aside just before). */
function openJournalDatabase(file: string, driver: SqliteDriver): Db {
  try {
    return openDatabase(file, driver);
  } catch (error) {
    if (error instanceof LimberError) throw error;
    throw couldNotOpen(file, error);
  }
}

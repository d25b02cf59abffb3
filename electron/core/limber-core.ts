import fs from 'node:fs';
import path from 'node:path';
import { AdviceLibrary } from './advice/advice-library';
import { bundledAdviceContent } from './advice/bundled-content';
import type { AdviceContent } from './advice/content';
import type { Clock } from './clock';
import { openDatabase, type Db } from './db/open-database';
import { ActivityJournal } from './journal/activity-journal';
import { EpisodeJournal } from './journal/episode-journal';
import { ReminderLog } from './reminders/reminder-log';
import { SettingsStore } from './settings/app-settings';

export interface CoreOptions {
  /** Folder holding the journal database; created if missing. */
  dataDir: string;
  clock: Clock;
  nativeBinding?: string | undefined;
  /** Defaults to the library that ships in resources/advice. */
  adviceContent?: AdviceContent;
  random?: () => number;
}

export interface LimberCore {
  readonly db: Db;
  readonly episodes: EpisodeJournal;
  readonly activities: ActivityJournal;
  readonly advice: AdviceLibrary;
  readonly settings: SettingsStore;
  readonly reminderLog: ReminderLog;
  close(): void;
}

export const DATABASE_FILE = 'limber.sqlite3';

/** Builds the whole core from its ports. Shared by the Electron shell, the preview host and tests. */
export function createCore({ dataDir, clock, nativeBinding, adviceContent, random }: CoreOptions): LimberCore {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(path.join(dataDir, DATABASE_FILE), { nativeBinding });
  try {
    const episodes = new EpisodeJournal(db, clock);
    const activities = new ActivityJournal(db, clock);
    episodes.purgeDeleted();
    activities.purgeDeleted();
    return {
      db,
      episodes,
      activities,
      advice: new AdviceLibrary(db, adviceContent ?? bundledAdviceContent(), clock, random),
      settings: new SettingsStore(db, clock),
      reminderLog: new ReminderLog(db),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

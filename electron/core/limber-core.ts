import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from './clock';
import { openDatabase, type Db } from './db/open-database';
import { EpisodeJournal } from './journal/episode-journal';

export interface CoreOptions {
  /** Folder holding the journal database; created if missing. */
  dataDir: string;
  clock: Clock;
  nativeBinding?: string | undefined;
}

export interface LimberCore {
  readonly db: Db;
  readonly episodes: EpisodeJournal;
  close(): void;
}

export const DATABASE_FILE = 'limber.sqlite3';

/** Builds the whole core from its ports. Shared by the Electron shell, the preview host and tests. */
export function createCore({ dataDir, clock, nativeBinding }: CoreOptions): LimberCore {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(path.join(dataDir, DATABASE_FILE), { nativeBinding });
  const episodes = new EpisodeJournal(db, clock);
  episodes.purgeDeleted();
  return {
    db,
    episodes,
    close: () => db.close(),
  };
}

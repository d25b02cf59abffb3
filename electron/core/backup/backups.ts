import fs from 'node:fs';
import path from 'node:path';
import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { nodeSqlite, type SqliteDriver } from '../db/sqlite-driver';
import { storageProblem } from '../db/storage-problem';
import type { BackupFailure } from './restore-port';
import { localDate } from '../reminders/local-time';

export interface BackupInfo {
  name: string;
  file: string;
  /** The local date it was taken, `YYYY-MM-DD`. */
  day: string;
  sizeBytes: number;
}

const NAME = /^limber-(\d{4}-\d{2}-\d{2})\.sqlite3$/;
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

/** True when the file is a SQLite database that passes a quick check. */
export function isHealthy(file: string, driver: SqliteDriver = nodeSqlite): boolean {
  try {
    const db = driver.open(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/**
 * The backups in a folder, newest first. With `today`, a backup named after a later day (taken
 * while the clock was wrong, say in 2099) counts as the oldest: it never wins over today's.
 */
export function listBackups(dir: string, today?: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const misdated = (b: BackupInfo) => (today !== undefined && b.day > today ? 1 : 0);
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const day = NAME.exec(name)?.[1];
      if (!day) return [];
      const file = path.join(dir, name);
      return [{ name, file, day, sizeBytes: fs.statSync(file).size }];
    })
    .sort((a, b) => misdated(a) - misdated(b) || b.day.localeCompare(a.day));
}

/** The UTC date a day after `now`: no honest local date is later than that. */
export function latestPlausibleDay(now: number): string {
  return new Date(now + 86_400_000).toISOString().slice(0, 10);
}

/** Files a backup may have beside it: SQLite's side files, and a copy being written. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];
const PARTIAL = /\.partial(-wal|-shm|-journal)?$/;

/**
 * Which backups rotation keeps, as backup tools usually mean "7 daily, 4 weekly": the newest 7
 * days, and the newest backup of each of the 4 most recent ISO weeks (one may also be a daily).
 */
export function backupsToKeep(backups: readonly BackupInfo[], today?: string): Set<string> {
  // Misdated ones (see listBackups) rotate out as soon as one honest backup exists.
  const honest = backups.filter((b) => today === undefined || b.day <= today);
  const newestFirst = (honest.length > 0 ? honest : [...backups]).sort((a, b) => b.day.localeCompare(a.day));
  const keep = new Set(newestFirst.slice(0, KEEP_DAILY).map((b) => b.name));
  const weeks = new Set<string>();
  for (const backup of newestFirst) {
    const date = new Date(`${backup.day}T12:00:00Z`);
    const week = `${getISOWeekYear(date)}-${getISOWeek(date)}`;
    if (weeks.has(week)) continue;
    if (weeks.size >= KEEP_WEEKLY) break;
    weeks.add(week);
    keep.add(backup.name);
  }
  return keep;
}

/** Automatic rotating backups of the open journal, taken with SQLite's online backup API. */
export class Backups {
  /** The last automatic backup that failed, until one succeeds: Settings shows it. */
  lastFailure: BackupFailure | null = null;

  constructor(
    private readonly db: Db,
    readonly dir: string,
    private readonly clock: Clock,
    private readonly zone: () => string,
    private readonly driver: SqliteDriver = nodeSqlite,
  ) {}

  now(): number {
    return this.clock.now();
  }

  list(): BackupInfo[] {
    return listBackups(this.dir, latestPlausibleDay(this.clock.now()));
  }

  /** Takes today's backup unless there is one, then rotates. Returns the new backup, if any. */
  async backUpIfDue(): Promise<BackupInfo | null> {
    const day = localDate(this.clock.now(), this.zone());
    const name = `limber-${day}.sqlite3`;
    const file = path.join(this.dir, name);
    if (fs.existsSync(file)) return null;
    fs.mkdirSync(this.dir, { recursive: true });
    this.removeLeftovers();
    // Written aside and checked before it takes its real name: a crash never leaves a bad backup.
    const partial = `${file}.partial`;
    try {
      await this.db.backup(partial);
    } catch (error) {
      this.removeLeftovers();
      throw error;
    }
    if (!this.settle(partial)) {
      this.removeLeftovers();
      throw new Error(`the backup written to ${partial} failed its integrity check`);
    }
    fs.renameSync(partial, file);
    this.rotate();
    return this.list().find((b) => b.name === name) ?? null;
  }

  /** Deletes backups outside the rotation, with whatever lies beside them; returns their names. */
  rotate(): string[] {
    const all = this.list();
    const keep = backupsToKeep(all, latestPlausibleDay(this.clock.now()));
    const removed = all.filter((b) => !keep.has(b.name));
    for (const b of removed) for (const suffix of ['', ...SIDE_FILES]) fs.rmSync(b.file + suffix, { force: true });
    return removed.map((b) => b.name);
  }

  /**
   * Makes a fresh copy a single self-contained file (the copy inherits WAL mode, and every later
   * open would leave -wal and -shm beside it) and checks it. False when the check fails.
   */
  private settle(partial: string): boolean {
    try {
      const copy = this.driver.open(partial, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE');
        return copy.pragma('quick_check', { simple: true }) === 'ok';
      } finally {
        copy.close();
      }
    } catch {
      return false;
    }
  }

  /** A backup cut short (a crash, a full disk) leaves a partial copy; it is never a backup. */
  private removeLeftovers(): void {
    for (const name of fs.readdirSync(this.dir)) if (PARTIAL.test(name)) fs.rmSync(path.join(this.dir, name), { force: true });
  }
}

/**
 * Backs up now and then every hour (one backup per local day, so most runs do nothing). A failed
 * backup is reported, never fatal: the journal itself is untouched by it. The returned function
 * stops the schedule and resolves once a backup under way has finished, so the journal can then
 * be closed (closing it under SQLite's backup fails the backup and leaves its partial file).
 */
export function scheduleBackups(backups: Backups, report: (error: unknown) => void): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => backups.backUpIfDue())
      .then(
        () => void (backups.lastFailure = null),
        (error: unknown) => {
          backups.lastFailure = { at: backups.now(), message: storageProblem(error) ?? `The backup could not be written (${error instanceof Error ? error.message : String(error)}).` };
          report(error);
        },
      );
  };
  run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    return running;
  };
}

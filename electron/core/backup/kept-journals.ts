import fs from 'node:fs';
import path from 'node:path';
import type { KeptJournal, KeptWhy } from './restore-port';


const KEPT = /^(damaged|before-restore|foreign-wal)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

/** `<journal>.<why>-<time>`: sorts by time, and says in the folder why the file is there. */
export function keptName(databaseFile: string, why: KeptWhy, now: number): string {
  return `${databaseFile}.${why}-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
}

/** The journals kept beside this one, newest first, so the person can always find them. */
export function keptJournals(databaseFile: string): KeptJournal[] {
  const dir = path.dirname(databaseFile);
  const prefix = `${path.basename(databaseFile)}.`;
  const kept: KeptJournal[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const match = KEPT.exec(name.slice(prefix.length));
    if (!match) continue;
    const [, why, day, h, m, s, ms] = match;
    kept.push({ why: why as KeptWhy, file: path.join(dir, name), at: Date.parse(`${day}T${h}:${m}:${s}.${ms}Z`) });
  }
  return kept.sort((a, b) => b.at - a.at);
}

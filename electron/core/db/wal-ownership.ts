import fs from 'node:fs';
import { couldNotOpen } from './open-failure';
import type { Db } from './open-database';
import { checkedLook, readOnlyLook, withDatabase, withPrivateCopy, type Verdict } from './read-only-look';
import { LimberError } from '../errors';
import { schemaVersion } from './migrate';
import type { SqliteDriver } from './sqlite-driver';

/** What a journal says about itself. */
interface Reading {
  sound: boolean;
  /** Its own identity (migration 8); null before it, or when the table cannot be read. */
  identity: string | null;
  version: number;
}

/** Smaller than this, a WAL holds no frame SQLite would apply. */
const WAL_HEADER_BYTES = 32;

/**
 * Whether the `-wal` beside the journal may be applied to it. SQLite applies any valid WAL it finds
 * under the journal's name, whichever database wrote it. Every write Limber makes touches the
 * journal's identity row (migration 8), so a WAL Limber wrote for this journal holds either that
 * row or nothing that changes it; a WAL from elsewhere shows another identity, an older schema, or
 * a file that no longer passes its check while the journal without it does.
 */
export function walBelongsToJournal(file: string, driver: SqliteDriver): boolean {
  if ((fs.statSync(file + '-wal', { throwIfNoEntry: false })?.size ?? 0) < WAL_HEADER_BYTES) return true;
  const alone = readWithoutWal(file, driver);
  if (!alone.sound) return true;
  const withWal = readWithWal(file, driver);
  return withWal.sound && withWal.version >= alone.version && (alone.identity === null || withWal.identity === alone.identity);
}

/**
 * The journal's file as SQLite would read it with no WAL: a private copy of the file alone, marked
 * as not WAL so SQLite looks for none. A copy on disk, not in memory: a journal can be large.
 */
function readWithoutWal(file: string, driver: SqliteDriver): Reading {
  try {
    return withPrivateCopy(file, [''], (alone) => {
      // Header bytes 18 and 19 are the read and write format versions: 2 means WAL, 1 rollback.
      const fd = fs.openSync(alone, 'r+');
      try {
        fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
      } finally {
        fs.closeSync(fd);
      }
      return reading(checkedLook(file, (look) => withDatabase(driver.open(alone, { readonly: true, fileMustExist: true }), look), describe));
    });
  } catch (error) {
    // A copy that could not be made (a full disk, say) proves nothing about the journal.
    if (error instanceof LimberError) throw error;
    throw couldNotOpen(file, error);
  }
}

function readWithWal(file: string, driver: SqliteDriver): Reading {
  // Read-only: nothing is checkpointed into the journal while the question is open.
  return reading(checkedLook(file, (look) => readOnlyLook(file, driver, look), describe));
}

const reading = (verdict: Verdict<Omit<Reading, 'sound'>>): Reading =>
  verdict.sound ? { sound: true, ...verdict.value } : { sound: false, identity: null, version: 0 };

const describe = (db: Db) => ({ identity: identityOf(db), version: schemaVersion(db) });

function identityOf(db: Db): string | null {
  try {
    return (db.prepare('SELECT id FROM journal_identity').pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  }
}

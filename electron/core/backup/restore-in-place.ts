import { LimberError } from '../errors';
import type { LimberCore } from '../limber-core';
import { completeRestore, stageRestore } from './recovery';

/**
 * Replaces the open journal with one of its backups. Everything that can fail happens while the
 * journal is still open, so a backup that is damaged or a disk that is full leaves the app reading
 * and writing its journal; only then does `close` stop everything holding it (backups under way
 * included), and the staged copy takes its place. Returns where the replaced journal was kept.
 */
export async function restoreInPlace(core: LimberCore, name: string, close: () => Promise<void>): Promise<string | null> {
  const backup = core.backups.list().find((b) => b.name === name);
  if (!backup) throw new LimberError('not-found', `There is no backup called ${name}.`);
  let staged: string;
  try {
    staged = stageRestore(backup, core.file, core.driver);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new LimberError('backup-unusable', `${why} Your journal is unchanged.`);
  }
  await close();
  return completeRestore(staged, core.file, core.clock.now());
}

import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import { LimberError } from '../errors';

/** Soft-deleted entries stay restorable (undo) for this long, then `purgeDeleted` removes them. */
export const UNDO_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

export type BinnedTable = 'episodes' | 'activities' | 'supplement_doses' | 'food_entries' | 'check_ins' | 'routines';

/**
 * Delete with undo for one table: a deleted row keeps its data with `deleted_at` set, so every
 * list skips it, `restore` clears the mark, and `purgeDeleted` removes it for good after the
 * undo window.
 */
export class Bin<Entry, Id extends number | string = number> {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly table: BinnedTable,
    /** Capitalised noun for messages: "Episode". */
    private readonly noun: string,
    /** Reads a live entry (throws when there is none). */
    private readonly get: (id: Id) => Entry,
  ) {}

  remove(id: Id): { id: Id; deletedAt: number } {
    const deletedAt = this.clock.now();
    const changed = this.db.transaction(
      () => prepared(this.db, `UPDATE ${this.table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`).run(deletedAt, id).changes,
    )();
    if (changed === 0) throw new LimberError('not-found', `${this.noun} ${id} does not exist or was deleted.`);
    return { id, deletedAt };
  }

  restore(id: Id): Entry {
    return this.db.transaction(() => {
      const changed = prepared(this.db, `UPDATE ${this.table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`).run(id).changes;
      if (changed === 0) throw new LimberError('not-found', `${this.noun} ${id} is not in the bin, so there is nothing to undo.`);
      return this.get(id);
    })();
  }

  /** Permanently removes entries deleted longer ago than the undo window. Returns how many. */
  purgeDeleted(): number {
    const cutoff = this.clock.now() - UNDO_WINDOW_MS;
    return this.db.transaction(() => prepared(this.db, `DELETE FROM ${this.table} WHERE deleted_at IS NOT NULL AND deleted_at < ?`).run(cutoff).changes)();
  }
}

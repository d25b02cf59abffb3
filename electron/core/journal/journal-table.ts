import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import { LimberError } from '../errors';
import type { Page, PageQuery } from './paging';
import { localDate } from '../reminders/local-time';
import { Bin } from './bin';


/** When a record was created and last changed; kept as they were when a file is imported. */
export interface Stamps {
  createdAt: number;
  updatedAt: number;
}

interface TimedRow {
  id: number;
  started_at: number;
}

/**
 * What every kind of journal entry shares: lookup, newest-first keyset paging, soft delete, undo
 * and purge. Each kind supplies its table, columns and row mapping.
 */
export class JournalTable<Row extends TimedRow, Entry extends { startedAt: number; timeZone: string }> {
  private readonly bin: Bin<Entry>;

  constructor(
    readonly db: Db,
    readonly clock: Clock,
    private readonly table: 'episodes' | 'activities' | 'supplement_doses' | 'food_entries',
    /** Lower-case noun for messages: "episode". */
    private readonly noun: string,
    readonly columns: string,
    private readonly toEntry: (row: Row) => Entry,
  ) {
    this.bin = new Bin(db, clock, table, capitalise(noun), (id) => this.get(id));
  }

  get(id: number): Entry {
    const row = prepared<[number], Row>(this.db, `SELECT ${this.columns} FROM ${this.table} WHERE id = ? AND deleted_at IS NULL`)
      .get(id);
    if (!row) throw new LimberError('not-found', `${capitalise(this.noun)} ${id} does not exist or was deleted.`);
    return this.toEntry(row);
  }

  /** Keyset paging, so a page costs the same on the first screen and the thousandth. */
  list(query: PageQuery): Page<Entry> {
    const where = ['deleted_at IS NULL'];
    const params: Record<string, number> = { limit: query.limit + 1 };
    if (query.from !== undefined) {
      where.push('started_at >= @from');
      params.from = query.from;
    }
    if (query.to !== undefined) {
      where.push('started_at < @to');
      params.to = query.to;
    }
    if (query.after) {
      where.push('(started_at < @afterStart OR (started_at = @afterStart AND id < @afterId))');
      params.afterStart = query.after.startedAt;
      params.afterId = query.after.id;
    }
    const rows = prepared<Record<string, number>, Row>(this.db,
        `SELECT ${this.columns} FROM ${this.table} WHERE ${where.join(' AND ')}
         ORDER BY started_at DESC, id DESC LIMIT @limit`,
      )
      .all(params);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(this.toEntry),
      next: rows.length > query.limit && last ? { startedAt: last.started_at, id: last.id } : null,
    };
  }

  /** Every live entry, oldest first (for export). */
  all(): Entry[] {
    return prepared<[], Row>(this.db, `SELECT ${this.columns} FROM ${this.table} WHERE deleted_at IS NULL ORDER BY started_at, id`)
      .all()
      .map(this.toEntry);
  }

  /** Live entries on these local days (both included), oldest first. */
  onDays(from: string, to: string): Entry[] {
    return prepared<[string, string], Row>(this.db,
      `SELECT ${this.columns} FROM ${this.table} WHERE local_day BETWEEN ? AND ? AND deleted_at IS NULL ORDER BY started_at, id`,
    )
      .all(from, to)
      .map(this.toEntry);
  }

  /** How many live entries started and were created at these instants (an import's "already there"). */
  countAt(startedAt: number, createdAt: number): number {
    return prepared<[number, number], { n: number }>(this.db, `SELECT count(*) AS n FROM ${this.table} WHERE started_at = ? AND created_at = ? AND deleted_at IS NULL`).get(
      startedAt,
      createdAt,
    )!.n;
  }

  protected stamps(given?: Stamps): Stamps {
    const now = this.clock.now();
    return given ?? { createdAt: now, updatedAt: now };
  }

  /**
   * Changes the given columns of a live entry in one transaction; undefined values are left as
   * they are. The local day follows the start time and zone. Returns the entry as stored.
   */
  protected patchColumns(id: number, columns: { started_at?: number | undefined; time_zone?: string | undefined } & Record<string, string | number | null | undefined>): Entry {
    return this.db.transaction(() => {
      const current = this.get(id);
      const local_day = localDate(columns.started_at ?? current.startedAt, columns.time_zone ?? current.timeZone);
      const set = Object.entries({ ...columns, local_day }).filter(([, v]) => v !== undefined);
      prepared(this.db, `UPDATE ${this.table} SET ${set.map(([c]) => `${c} = @${c}`).join(', ')}, updated_at = @updated_at WHERE id = @id`).run({
        ...Object.fromEntries(set),
        updated_at: this.clock.now(),
        id,
      });
      return this.get(id);
    })();
  }

  /** Soft delete: the entry disappears from every list but `restore` brings it back. */
  remove(id: number): { id: number; deletedAt: number } {
    return this.bin.remove(id);
  }

  restore(id: number): Entry {
    return this.bin.restore(id);
  }

  /** Permanently removes entries deleted longer ago than the undo window. Returns how many. */
  purgeDeleted(): number {
    return this.bin.purgeDeleted();
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { LimberError } from '../errors';
import type { Episode, EpisodePage, EpisodePatch, EpisodeQuery, NewEpisode } from './episode';

interface EpisodeRow {
  id: number;
  started_at: number;
  time_zone: string;
  intensity: number;
  region: Episode['region'];
  side: Episode['side'];
  triggers: string;
  relief: string;
  notes: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, started_at, time_zone, intensity, region, side, triggers, relief, notes, created_at, updated_at';

function toEpisode(row: EpisodeRow): Episode {
  return {
    id: row.id,
    startedAt: row.started_at,
    timeZone: row.time_zone,
    intensity: row.intensity,
    region: row.region,
    side: row.side,
    triggers: JSON.parse(row.triggers) as string[],
    relief: JSON.parse(row.relief) as string[],
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Soft-deleted episodes stay restorable (undo) for this long, then `purgeDeleted` removes them. */
export const UNDO_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;

/** Pain and spasm episodes: the journal's first kind of entry. Every write is one transaction. */
export class EpisodeJournal {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  add(input: NewEpisode): Episode {
    const now = this.clock.now();
    return this.db.transaction(() => {
      const row = this.db
        .prepare<Record<string, unknown>, EpisodeRow>(
          `INSERT INTO episodes (started_at, time_zone, intensity, region, side, triggers, relief, notes, created_at, updated_at)
           VALUES (@startedAt, @timeZone, @intensity, @region, @side, @triggers, @relief, @notes, @now, @now)
           RETURNING ${COLUMNS}`,
        )
        .get({ ...columnValues(input), now });
      return toEpisode(row!);
    })();
  }

  get(id: number): Episode {
    const row = this.db
      .prepare<[number], EpisodeRow>(`SELECT ${COLUMNS} FROM episodes WHERE id = ? AND deleted_at IS NULL`)
      .get(id);
    if (!row) throw notFound(id);
    return toEpisode(row);
  }

  /** Newest first. Keyset paging, so a page costs the same on the first screen and the thousandth. */
  list(query: EpisodeQuery): EpisodePage {
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
    const rows = this.db
      .prepare<Record<string, number>, EpisodeRow>(
        `SELECT ${COLUMNS} FROM episodes WHERE ${where.join(' AND ')}
         ORDER BY started_at DESC, id DESC LIMIT @limit`,
      )
      .all(params);
    const items = rows.slice(0, query.limit).map(toEpisode);
    const last = items.at(-1);
    return { items, next: rows.length > query.limit && last ? { startedAt: last.startedAt, id: last.id } : null };
  }

  update({ id, patch }: EpisodePatch): Episode {
    return this.db.transaction(() => {
      const merged = { ...this.get(id), ...definedOnly(patch) };
      this.db
        .prepare(
          `UPDATE episodes SET started_at = @startedAt, time_zone = @timeZone, intensity = @intensity, region = @region,
             side = @side, triggers = @triggers, relief = @relief, notes = @notes, updated_at = @now WHERE id = @id`,
        )
        .run({ ...columnValues(merged), now: this.clock.now(), id });
      return this.get(id);
    })();
  }

  /** Soft delete: the entry disappears from every list but `restore` brings it back. */
  remove(id: number): { id: number; deletedAt: number } {
    const deletedAt = this.clock.now();
    const changed = this.db.transaction(
      () => this.db.prepare('UPDATE episodes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(deletedAt, id).changes,
    )();
    if (changed === 0) throw notFound(id);
    return { id, deletedAt };
  }

  restore(id: number): Episode {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare('UPDATE episodes SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
        .run(id).changes;
      if (changed === 0) throw new LimberError('not-found', `Episode ${id} is not in the bin, so there is nothing to undo.`);
      return this.get(id);
    })();
  }

  /** Permanently removes episodes deleted longer ago than the undo window. Returns how many. */
  purgeDeleted(): number {
    const cutoff = this.clock.now() - UNDO_WINDOW_MS;
    return this.db.transaction(
      () => this.db.prepare('DELETE FROM episodes WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(cutoff).changes,
    )();
  }
}

/** An episode's writable fields as named SQL parameters. */
function columnValues(e: NewEpisode): Record<keyof NewEpisode, string | number> {
  return {
    startedAt: e.startedAt,
    timeZone: e.timeZone,
    intensity: e.intensity,
    region: e.region,
    side: e.side,
    triggers: JSON.stringify(e.triggers),
    relief: JSON.stringify(e.relief),
    notes: e.notes,
  };
}

function notFound(id: number): LimberError {
  return new LimberError('not-found', `Episode ${id} does not exist or was deleted.`);
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

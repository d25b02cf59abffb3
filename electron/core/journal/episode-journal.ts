import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import type { Episode, EpisodePatch, NewEpisode } from './episode';
import { JournalTable, type Stamps } from './journal-table';
import { localDate } from '../reminders/local-time';
import { readStoredList, withUnreadable } from './stored-list';

interface EpisodeRow {
  id: number;
  started_at: number;
  time_zone: string;
  intensity: number;
  areas: string;
  qualities: string;
  duration_minutes: number | null;
  triggers: string;
  relief: string;
  relief_helped: number | null;
  notes: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS =
  'id, started_at, time_zone, intensity, areas, qualities, duration_minutes, triggers, relief, relief_helped, notes, created_at, updated_at';

function toEpisode(row: EpisodeRow): Episode {
  const unreadable: string[] = [];
  return withUnreadable(
    {
      id: row.id,
      startedAt: row.started_at,
      timeZone: row.time_zone,
      intensity: row.intensity,
      areas: readStoredList<Episode['areas'][number]>(row.areas, 'areas', unreadable),
      qualities: readStoredList<Episode['qualities'][number]>(row.qualities, 'qualities', unreadable),
      durationMinutes: row.duration_minutes,
      triggers: readStoredList<string>(row.triggers, 'triggers', unreadable),
      relief: readStoredList<string>(row.relief, 'relief', unreadable),
      reliefHelped: row.relief_helped,
      notes: row.notes,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    unreadable,
  );
}

/** An episode's writable fields as named SQL parameters. */
function columnValues(e: NewEpisode): Record<keyof NewEpisode | 'localDay', string | number | null> {
  return {
    localDay: localDate(e.startedAt, e.timeZone),
    startedAt: e.startedAt,
    timeZone: e.timeZone,
    intensity: e.intensity,
    areas: JSON.stringify(e.areas),
    qualities: JSON.stringify(e.qualities ?? []),
    durationMinutes: e.durationMinutes,
    triggers: JSON.stringify(e.triggers),
    relief: JSON.stringify(e.relief),
    reliefHelped: e.reliefHelped,
    notes: e.notes,
  };
}

/** Pain and spasm episodes. Every write is one transaction. */
export class EpisodeJournal extends JournalTable<EpisodeRow, Episode> {
  constructor(db: Db, clock: Clock) {
    super(db, clock, 'episodes', 'episode', COLUMNS, toEpisode);
  }

  add(input: NewEpisode, stamps?: Stamps): Episode {
    return this.db.transaction(() => {
      const row = prepared<Record<string, unknown>, EpisodeRow>(this.db,
          `INSERT INTO episodes (started_at, time_zone, local_day, intensity, areas, qualities, duration_minutes, triggers, relief, relief_helped, notes, created_at, updated_at)
           VALUES (@startedAt, @timeZone, @localDay, @intensity, @areas, @qualities, @durationMinutes, @triggers, @relief, @reliefHelped, @notes, @createdAt, @updatedAt)
           RETURNING ${COLUMNS}`,
        )
        .get({ ...columnValues(input), ...this.stamps(stamps) });
      return toEpisode(row!);
    })();
  }

  update({ id, patch }: EpisodePatch): Episode {
    return this.db.transaction(() => {
      const merged = { ...this.get(id), ...definedOnly(patch) };
      prepared(this.db, 
          `UPDATE episodes SET started_at = @startedAt, time_zone = @timeZone, local_day = @localDay, intensity = @intensity, areas = @areas, qualities = @qualities,
             duration_minutes = @durationMinutes, triggers = @triggers, relief = @relief, relief_helped = @reliefHelped,
             notes = @notes, updated_at = @now WHERE id = @id`,
        )
        .run({ ...columnValues(merged), now: this.clock.now(), id });
      return this.get(id);
    })();
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

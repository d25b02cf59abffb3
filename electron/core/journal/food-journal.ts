import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import type { FoodEntry, FoodPatch, NewFood } from './food';
import { LimberError } from '../errors';
import { JournalTable, type Stamps } from './journal-table';
import { localDate } from '../reminders/local-time';
import { readStoredList, withUnreadable } from './stored-list';

interface FoodRow {
  id: number;
  started_at: number;
  time_zone: string;
  tags: string;
  note: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, started_at, time_zone, tags, note, created_at, updated_at';

function toFood(r: FoodRow): FoodEntry {
  const unreadable: string[] = [];
  const tags = readStoredList<FoodEntry['tags'][number]>(r.tags, 'tags', unreadable);
  return withUnreadable({ id: r.id, startedAt: r.started_at, timeZone: r.time_zone, tags, note: r.note, createdAt: r.created_at, updatedAt: r.updated_at }, unreadable);
}

/** What the person ate, tagged with the article's food groups. Every write is one transaction. */
export class FoodJournal extends JournalTable<FoodRow, FoodEntry> {
  constructor(db: Db, clock: Clock) {
    super(db, clock, 'food_entries', 'food entry', COLUMNS, toFood);
  }

  add(input: NewFood, stamps?: Stamps): FoodEntry {
    return this.db.transaction(() => {
      const { createdAt, updatedAt } = this.stamps(stamps);
      const row = prepared<unknown[], FoodRow>(this.db, 
          `INSERT INTO food_entries (started_at, time_zone, local_day, tags, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
        )
        .get(input.startedAt, input.timeZone, localDate(input.startedAt, input.timeZone), JSON.stringify(input.tags), input.note, createdAt, updatedAt);
      return toFood(row!);
    })();
  }

  update({ id, patch }: FoodPatch): FoodEntry {
    return this.db.transaction(() => {
      const merged = { ...this.get(id), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      if (merged.tags.length === 0 && merged.note.trim() === '') {
        throw new LimberError('invalid-input', 'A food entry needs a food group or a note.', [{ field: 'patch.tags', message: 'must have a tag or a note' }]);
      }
      return this.patchColumns(id, {
        started_at: patch.startedAt,
        time_zone: patch.timeZone,
        tags: patch.tags === undefined ? undefined : JSON.stringify(patch.tags),
        note: patch.note,
      });
    })();
  }
}

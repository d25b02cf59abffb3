import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import type { Activity, ActivityPatch, NewActivity } from './activity';
import { JournalTable, type Stamps } from './journal-table';
import { localDate } from '../reminders/local-time';

interface ActivityRow {
  id: number;
  started_at: number;
  time_zone: string;
  kind: Activity['kind'];
  minutes: number;
  note: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS = 'id, started_at, time_zone, kind, minutes, note, created_at, updated_at';

const toActivity = (row: ActivityRow): Activity => ({
  id: row.id,
  startedAt: row.started_at,
  timeZone: row.time_zone,
  kind: row.kind,
  minutes: row.minutes,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Activities: walks, swims, completed routines… Every write is one transaction. */
export class ActivityJournal extends JournalTable<ActivityRow, Activity> {
  constructor(db: Db, clock: Clock) {
    super(db, clock, 'activities', 'activity', COLUMNS, toActivity);
  }

  add(input: NewActivity, stamps?: Stamps): Activity {
    return this.db.transaction(() => {
      const row = prepared<Record<string, unknown>, ActivityRow>(this.db,
          `INSERT INTO activities (started_at, time_zone, local_day, kind, minutes, note, created_at, updated_at)
           VALUES (@startedAt, @timeZone, @localDay, @kind, @minutes, @note, @createdAt, @updatedAt) RETURNING ${COLUMNS}`,
        )
        .get({ ...input, localDay: localDate(input.startedAt, input.timeZone), ...this.stamps(stamps) });
      return toActivity(row!);
    })();
  }

  update({ id, patch }: ActivityPatch): Activity {
    return this.patchColumns(id, { started_at: patch.startedAt, time_zone: patch.timeZone, kind: patch.kind, minutes: patch.minutes, note: patch.note });
  }
}

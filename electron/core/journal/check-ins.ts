import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import { occurrenceOn } from '../reminders/local-time';
import type { CheckIn, CheckInInput } from './check-in';

interface CheckInRow {
  id: number;
  day: string;
  time_zone: string;
  pain: number;
  stiffness: number;
  sleep: number;
  note: string;
  created_at: number;
  updated_at: number;
}

const toCheckIn = (r: CheckInRow): CheckIn => ({
  id: r.id,
  day: r.day,
  timeZone: r.time_zone,
  pain: r.pain,
  stiffness: r.stiffness,
  sleep: r.sleep,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Where a check-in sits on the timeline: noon of its day, in its zone. */
function noonOf(day: string, zone: string): number {
  return occurrenceOn(Date.parse(`${day}T12:00:00Z`), '12:00', zone);
}

/** Daily check-ins: one per local date, editable. */
export class CheckIns {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Every check-in, oldest first (for export). */
  all(): CheckIn[] {
    return prepared<[], CheckInRow>(this.db, 'SELECT * FROM check_ins ORDER BY day').all().map(toCheckIn);
  }

  byId(id: number): CheckIn | null {
    const row = prepared<[number], CheckInRow>(this.db, 'SELECT * FROM check_ins WHERE id = ?').get(id);
    return row ? toCheckIn(row) : null;
  }

  /** Adds a check-in from an export file, keeping its times; a day already checked in is left as it is. */
  importOne(input: CheckInInput & { createdAt: number; updatedAt: number }): boolean {
    return (
      prepared(this.db, 
          `INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at)
           VALUES (@day, @timeZone, @pain, @stiffness, @sleep, @note, @createdAt, @updatedAt, @startedAt) ON CONFLICT (day) DO NOTHING`,
        )
        .run({ ...input, startedAt: noonOf(input.day, input.timeZone) }).changes === 1
    );
  }

  save(input: CheckInInput): CheckIn {
    const now = this.clock.now();
    this.db.transaction(() => {
      prepared(this.db, 
          `INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at)
           VALUES (@day, @timeZone, @pain, @stiffness, @sleep, @note, @now, @now, @startedAt)
           ON CONFLICT (day) DO UPDATE SET time_zone = excluded.time_zone, pain = excluded.pain,
             stiffness = excluded.stiffness, sleep = excluded.sleep, note = excluded.note,
             updated_at = excluded.updated_at, started_at = excluded.started_at`,
        )
        .run({ ...input, now, startedAt: noonOf(input.day, input.timeZone) });
    })();
    return this.get(input.day)!;
  }

  get(day: string): CheckIn | null {
    const row = prepared<[string], CheckInRow>(this.db, 'SELECT * FROM check_ins WHERE day = ?').get(day);
    return row ? toCheckIn(row) : null;
  }

  /** Newest day first, optionally from a day on. */
  list(fromDay: string | undefined, limit: number): CheckIn[] {
    return prepared<[string, number], CheckInRow>(this.db, 'SELECT * FROM check_ins WHERE day >= ? ORDER BY day DESC LIMIT ?')
      .all(fromDay ?? '0000-00-00', limit)
      .map(toCheckIn);
  }
}

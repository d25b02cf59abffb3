import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { CheckIn, CheckInInput } from './check-in';

interface CheckInRow {
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
  day: r.day,
  timeZone: r.time_zone,
  pain: r.pain,
  stiffness: r.stiffness,
  sleep: r.sleep,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Daily check-ins: one per local date, editable. */
export class CheckIns {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Every check-in, oldest first (for export). */
  all(): CheckIn[] {
    return this.db.prepare<[], CheckInRow>('SELECT * FROM check_ins ORDER BY day').all().map(toCheckIn);
  }

  /** Adds a check-in from an export file, keeping its times; a day already checked in is left as it is. */
  importOne(input: CheckInInput & { createdAt: number; updatedAt: number }): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at)
           VALUES (@day, @timeZone, @pain, @stiffness, @sleep, @note, @createdAt, @updatedAt) ON CONFLICT (day) DO NOTHING`,
        )
        .run(input).changes === 1
    );
  }

  save(input: CheckInInput): CheckIn {
    const now = this.clock.now();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at)
           VALUES (@day, @timeZone, @pain, @stiffness, @sleep, @note, @now, @now)
           ON CONFLICT (day) DO UPDATE SET time_zone = excluded.time_zone, pain = excluded.pain,
             stiffness = excluded.stiffness, sleep = excluded.sleep, note = excluded.note, updated_at = excluded.updated_at`,
        )
        .run({ ...input, now });
    })();
    return this.get(input.day)!;
  }

  get(day: string): CheckIn | null {
    const row = this.db.prepare<[string], CheckInRow>('SELECT * FROM check_ins WHERE day = ?').get(day);
    return row ? toCheckIn(row) : null;
  }

  /** Newest day first, optionally from a day on. */
  list(fromDay: string | undefined, limit: number): CheckIn[] {
    return this.db
      .prepare<[string, number], CheckInRow>('SELECT * FROM check_ins WHERE day >= ? ORDER BY day DESC LIMIT ?')
      .all(fromDay ?? '0000-00-00', limit)
      .map(toCheckIn);
  }
}

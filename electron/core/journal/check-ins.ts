import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import { occurrenceOn } from '../reminders/local-time';
import { LimberError } from '../errors';
import { Bin } from './bin';
import type { CheckIn, CheckInInput } from './check-in';
import type { FactorAnswers } from './check-in-factor';
import type { CheckInFactors } from './check-in-factors';

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
  /** The answers as one JSON object, factor id → value. */
  factors: string;
}

const toCheckIn = (r: CheckInRow): CheckIn => ({
  id: r.id,
  day: r.day,
  timeZone: r.time_zone,
  pain: r.pain,
  stiffness: r.stiffness,
  sleep: r.sleep,
  note: r.note,
  factors: JSON.parse(r.factors) as FactorAnswers,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Where a check-in sits on the timeline: noon of its day, in its zone. */
function noonOf(day: string, zone: string): number {
  return occurrenceOn(Date.parse(`${day}T12:00:00Z`), '12:00', zone);
}

/** A check-in row with its factor answers. */
const SELECT = `SELECT c.*, (SELECT json_group_object(factor_id, value) FROM check_in_factor_values v WHERE v.check_in_id = c.id) AS factors
  FROM check_ins c`;

const REPLACE_COLUMNS = `time_zone = excluded.time_zone, pain = excluded.pain, stiffness = excluded.stiffness,
  sleep = excluded.sleep, note = excluded.note, updated_at = excluded.updated_at, started_at = excluded.started_at`;

/** Daily check-ins: one per local date, editable. */
export class CheckIns {
  private readonly bin: Bin<CheckIn>;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly factors: CheckInFactors,
  ) {
    this.bin = new Bin(db, clock, 'check_ins', 'Check-in', (id) => {
      const checkIn = this.byId(id);
      if (!checkIn) throw new LimberError('not-found', `Check-in ${id} does not exist or was deleted.`);
      return checkIn;
    });
  }

  /** Every check-in, oldest first (for export). */
  all(): CheckIn[] {
    return prepared<[], CheckInRow>(this.db, `${SELECT} WHERE c.deleted_at IS NULL ORDER BY c.day`).all().map(toCheckIn);
  }

  byId(id: number): CheckIn | null {
    const row = prepared<[number], CheckInRow>(this.db, `${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id);
    return row ? toCheckIn(row) : null;
  }

  /**
   * Adds a check-in from an export file, keeping its times; a day already checked in is left as it
   * is (one deleted, in the bin, is replaced, answers and all). Its answers must name this
   * journal's factors (see CheckInFactors.adopt).
   */
  importOne({ factors, ...input }: CheckInInput & { createdAt: number; updatedAt: number }): boolean {
    const row = prepared<Record<string, unknown>, { id: number }>(this.db,
      `INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at)
       VALUES (@day, @timeZone, @pain, @stiffness, @sleep, @note, @createdAt, @updatedAt, @startedAt)
       ON CONFLICT (day) DO UPDATE SET ${REPLACE_COLUMNS}, created_at = excluded.created_at, deleted_at = NULL
       WHERE check_ins.deleted_at IS NOT NULL
       RETURNING id`,
    ).get({ ...input, startedAt: noonOf(input.day, input.timeZone) });
    if (row) this.answer(row.id, factors ?? {});
    return row !== undefined;
  }

  /** Saves the day's check-in; answers to unknown factors, or out of a factor's range, are refused and nothing is written. */
  save({ factors, ...input }: CheckInInput): CheckIn {
    const now = this.clock.now();
    this.db.transaction(() => {
      if (factors) this.factors.checkAnswers(factors);
      const binned = prepared<[string], { id: number }>(this.db, 'SELECT id FROM check_ins WHERE day = ? AND deleted_at IS NOT NULL').get(input.day);
      const { id } = prepared<Record<string, unknown>, { id: number }>(this.db,
        `INSERT INTO check_ins (day, time_zone, pain, stiffness, sleep, note, created_at, updated_at, started_at)
         VALUES (@day, @timeZone, @pain, @stiffness, @sleep, @note, @now, @now, @startedAt)
         ON CONFLICT (day) DO UPDATE SET ${REPLACE_COLUMNS},
           created_at = CASE WHEN check_ins.deleted_at IS NULL THEN check_ins.created_at ELSE excluded.created_at END,
           deleted_at = NULL
         RETURNING id`,
      ).get({ ...input, now, startedAt: noonOf(input.day, input.timeZone) })!;
      // A day saved again after its check-in was deleted starts afresh, answers included.
      if (factors || binned) this.answer(id, factors ?? {});
    })();
    return this.get(input.day)!;
  }

  /** Replaces a check-in's answers: a factor left out is unanswered. */
  private answer(checkInId: number, factors: FactorAnswers): void {
    prepared(this.db, 'DELETE FROM check_in_factor_values WHERE check_in_id = ?').run(checkInId);
    const insert = prepared(this.db, 'INSERT INTO check_in_factor_values (check_in_id, factor_id, value) VALUES (?, ?, ?)');
    for (const [factorId, value] of Object.entries(factors)) insert.run(checkInId, factorId, value);
  }

  /** Deletes with undo: the day's check-in leaves every list until `restore`. */
  remove(id: number): { id: number; deletedAt: number } {
    return this.bin.remove(id);
  }

  /** Brings a deleted check-in back; once its day is checked in again, that one stands and there is nothing to undo. */
  restore(id: number): CheckIn {
    return this.bin.restore(id);
  }

  purgeDeleted(): number {
    return this.bin.purgeDeleted();
  }

  get(day: string): CheckIn | null {
    const row = prepared<[string], CheckInRow>(this.db, `${SELECT} WHERE c.day = ? AND c.deleted_at IS NULL`).get(day);
    return row ? toCheckIn(row) : null;
  }

  /** Newest day first, optionally from a day on. */
  list(fromDay: string | undefined, limit: number): CheckIn[] {
    return prepared<[string, number], CheckInRow>(this.db, `${SELECT} WHERE c.day >= ? AND c.deleted_at IS NULL ORDER BY c.day DESC LIMIT ?`)
      .all(fromDay ?? '0000-00-00', limit)
      .map(toCheckIn);
  }
}

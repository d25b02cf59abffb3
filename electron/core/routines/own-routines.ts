import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import { LimberError } from '../errors';
import { Bin } from '../journal/bin';
import { readStoredList, withUnreadable } from '../journal/stored-list';
import { ACTIVITY_KINDS, type ActivityKind } from '../journal/vocabulary';
import { routineStepSchema, type OwnRoutine, type RoutineInput, type RoutineRecord, type RoutineStep } from './own-routine';
import { OWN_ROUTINE_PREFIX, ROUTINE_LIMITS } from './routine-vocabulary';

interface RoutineRow {
  id: string;
  name: string;
  activity: string;
  steps: string;
  based_on: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

const COLUMNS = 'id, name, activity, steps, based_on, created_at, updated_at, deleted_at';

/**
 * The table checks the steps are a list, not what each step holds: each is checked again here, so
 * a step damaged on disk is left out and named while the rest of the routine still plays.
 */
function toRoutine(row: RoutineRow): OwnRoutine {
  const unreadable: string[] = [];
  const stored = readStoredList<unknown>(row.steps, 'steps', unreadable);
  const steps = stored.flatMap((raw): RoutineStep[] => {
    const step = routineStepSchema.safeParse(raw);
    return step.success ? [step.data] : [];
  });
  if (steps.length < stored.length) unreadable.push('steps');
  const known = (ACTIVITY_KINDS as readonly string[]).includes(row.activity);
  if (!known) unreadable.push('activity');
  return withUnreadable(
    {
      id: row.id,
      name: row.name,
      activity: known ? (row.activity as ActivityKind) : 'other',
      steps,
      basedOn: row.based_on,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    unreadable,
  );
}

/** The person's own routines. Every write is one transaction; a delete can be undone. */
export class OwnRoutines {
  private readonly bin: Bin<OwnRoutine, string>;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.bin = new Bin(db, clock, 'routines', 'Routine', (id) => this.get(id));
  }

  /** How many live routines there are. */
  count(): number {
    return prepared<[], { n: number }>(this.db, 'SELECT count(*) AS n FROM routines WHERE deleted_at IS NULL').get()!.n;
  }

  /** Every live routine, oldest first (the order they were made in). */
  list(): OwnRoutine[] {
    return prepared<[], RoutineRow>(this.db, `SELECT ${COLUMNS} FROM routines WHERE deleted_at IS NULL ORDER BY created_at, id`).all().map(toRoutine);
  }

  get(id: string): OwnRoutine {
    const row = this.row(id);
    if (!row || row.deleted_at !== null) throw new LimberError('not-found', `There is no routine called "${id}": it does not exist or was deleted.`);
    return toRoutine(row);
  }

  create(input: RoutineInput, basedOn: string | null): OwnRoutine {
    return this.db.transaction(() => {
      if (this.count() >= ROUTINE_LIMITS.count) {
        throw new LimberError('invalid-input', `Limber keeps at most ${ROUTINE_LIMITS.count} routines of your own: delete one first.`, [{ field: 'routine', message: `must be one of at most ${ROUTINE_LIMITS.count}` }]);
      }
      const now = this.clock.now();
      return this.insert({ ...input, id: this.freeId(now), basedOn, createdAt: now, updatedAt: now });
    })();
  }

  update(id: string, input: RoutineInput): OwnRoutine {
    return this.db.transaction(() => {
      this.get(id);
      prepared(this.db, 'UPDATE routines SET name = ?, activity = ?, steps = ?, updated_at = ? WHERE id = ?').run(
        input.name,
        input.activity,
        JSON.stringify(input.steps),
        this.clock.now(),
        id,
      );
      return this.get(id);
    })();
  }

  /** Soft delete: the routine leaves every list until `restore` (undo) or the purge. */
  remove(id: string): { id: string; deletedAt: number } {
    return this.bin.remove(id);
  }

  /** Undo of a delete; if another routine took its name meanwhile, it comes back as "name 2". */
  restore(id: string): OwnRoutine {
    return this.db.transaction(() => {
      const row = this.row(id);
      if (row && row.deleted_at !== null) {
        const name = this.freeName(row.name, [], id);
        if (name !== row.name) prepared(this.db, 'UPDATE routines SET name = ? WHERE id = ?').run(name, id);
      }
      return this.bin.restore(id);
    })();
  }

  /**
   * `name`, or failing that `name 2`, `name 3`…: the first that no other live routine here (nor
   * anything in `taken`) has, in any case, so every routine can be told apart by name.
   */
  freeName(name: string, taken: readonly string[] = [], exceptId: string | null = null): string {
    const used = new Set(
      [...taken, ...prepared<[string], { name: string }>(this.db, 'SELECT name FROM routines WHERE deleted_at IS NULL AND id <> ?').all(exceptId ?? '').map((r) => r.name)].map((n) => n.toLowerCase()),
    );
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` ${n}`;
      candidate = `${name.slice(0, ROUTINE_LIMITS.name - suffix.length).trimEnd()}${suffix}`;
    }
    return candidate;
  }

  purgeDeleted(): number {
    return this.bin.purgeDeleted();
  }

  /**
   * Adds a routine from an export file, keeping its times, and says under which id it is here
   * (reminders in the same file name it by id). It keeps the file's id unless another routine here
   * has it; then it takes the first free `<id>-2`, `<id>-3`… that is not one of `fileIds` (the
   * file's other routines may still need theirs). A routine met on the way with the file's creation
   * time is this one, imported before: it is left alone, or if in the bin replaced by the file's.
   * Call inside the import's transaction.
   */
  importOne(record: RoutineRecord, fileIds: ReadonlySet<string>): { id: string; added: boolean } {
    for (let n = 1; ; n++) {
      const id = n === 1 ? record.id : `${record.id}-${n}`;
      if (n > 1 && fileIds.has(id)) continue;
      const here = this.row(id);
      if (here?.created_at === record.createdAt && here.deleted_at === null) return { id, added: false };
      if (here?.created_at === record.createdAt) prepared(this.db, 'DELETE FROM routines WHERE id = ?').run(id);
      else if (here) continue;
      return { id: this.insert({ ...record, id, name: this.freeName(record.name) }).id, added: true };
    }
  }

  private insert(r: RoutineRecord): OwnRoutine {
    const row = prepared<unknown[], RoutineRow>(
      this.db,
      `INSERT INTO routines (id, name, activity, steps, based_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`,
    ).get(r.id, r.name, r.activity, JSON.stringify(r.steps), r.basedOn, r.createdAt, r.updatedAt);
    return toRoutine(row!);
  }

  private row(id: string): RoutineRow | undefined {
    return prepared<[string], RoutineRow>(this.db, `SELECT ${COLUMNS} FROM routines WHERE id = ?`).get(id);
  }

  /**
   * Made from the creation time, so a routine keeps its id through an export and import into a
   * fresh journal (a reminder that opens it still finds it); two made in the same millisecond differ
   * by a suffix. Deleted routines keep theirs until purged, so an undo never finds it reused.
   */
  private freeId(createdAt: number): string {
    const base = `${OWN_ROUTINE_PREFIX}${createdAt.toString(36)}`;
    let id = base;
    for (let n = 2; this.row(id); n++) id = `${base}-${n}`;
    return id;
  }
}

import type { Routine } from '../advice/content';
import { LimberError } from '../errors';
import type { OwnRoutine, RoutineInput, SaveRoutine } from './own-routine';
import type { OwnRoutines } from './own-routines';
import { copyOfBuiltIn, copyOfOwn } from './routine-copy';
import { isOwnRoutineId } from './routine-vocabulary';
import type { RoutineDetail, RoutineSummary } from './routine-views';

/** Every routine by id: the built-in ones (read-only) and the person's own (stored). */
export class RoutineCatalog {
  constructor(
    private readonly builtIns: readonly Routine[],
    private readonly own: OwnRoutines,
  ) {}

  /** The built-in routines first, as shipped, then the person's in the order they were made. */
  list(): RoutineSummary[] {
    return [
      ...this.builtIns.map((r) => ({ id: r.id, name: r.title, builtIn: true, basedOn: null, summary: r.summary, stepCount: r.steps.length })),
      ...this.own.list().map(({ id, name, basedOn, steps, unreadable }) => ({ id, name, builtIn: false, basedOn, summary: null, stepCount: steps.length, ...(unreadable && { unreadable }) })),
    ];
  }

  get(id: string): RoutineDetail {
    if (isOwnRoutineId(id)) return { builtIn: false, routine: this.own.get(id) };
    return { builtIn: true, routine: this.builtIn(id) };
  }

  /** Names are unique (in any case), so a list, a reminder's choice or a button names one routine. */
  save({ id, ...input }: SaveRoutine): OwnRoutine {
    if (this.own.freeName(input.name, this.titles(), id ?? null) !== input.name) {
      throw new LimberError('invalid-input', `There is already a routine called "${input.name}": give this one another name.`, [
        { field: 'name', message: 'is already the name of another routine' },
      ]);
    }
    return id === undefined ? this.own.create(input, null) : this.own.update(id, input);
  }

  /** A new routine of the person's, copied from any routine, to edit. */
  copy(id: string): OwnRoutine {
    const named = (copy: RoutineInput) => ({ ...copy, name: this.own.freeName(copy.name, this.titles()) });
    if (!isOwnRoutineId(id)) return this.own.create(named(copyOfBuiltIn(this.builtIn(id))), id);
    const source = this.own.get(id);
    if (source.steps.length === 0) throw new LimberError('invalid-input', `The steps of "${source.name}" could not be read, so there is nothing to copy.`);
    return this.own.create(named(copyOfOwn(source)), source.basedOn);
  }

  private titles(): string[] {
    return this.builtIns.map((r) => r.title);
  }

  private builtIn(id: string): Routine {
    const routine = this.builtIns.find((r) => r.id === id);
    if (!routine) throw new LimberError('not-found', `There is no routine called "${id}".`);
    return routine;
  }
}

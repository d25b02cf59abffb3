import { LimberError } from '../errors';
import type { RoutineRecord } from './own-routine';
import type { OwnRoutines } from './own-routines';
import { ROUTINE_LIMITS } from './routine-vocabulary';

// The person's routines in the export file (`routines`, from version 2).

/**
 * Every live routine with what could be read of it. One whose steps could not be read at all is
 * left out: the file must import again, and a routine needs a step.
 */
export function exportRoutines(own: OwnRoutines): RoutineRecord[] {
  return own
    .list()
    .filter((r) => r.steps.length > 0)
    .map(({ unreadable: _unreadable, ...record }) => record);
}

/**
 * What the file's schema cannot see: two routines with one id, which reminders could not tell
 * apart, or more routines than Limber keeps once the file's new ones are added. Throws before
 * anything is written.
 */
export function checkRoutines(own: OwnRoutines, records: readonly RoutineRecord[]): void {
  const first = new Map<string, number>();
  records.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier !== undefined) {
      throw new LimberError('invalid-input', 'The file was not imported, nothing was changed: two routines share one id.', [
        { field: `routines.${index}.id`, message: `is also the id of routines.${earlier}` },
      ]);
    }
    first.set(id, index);
  });
  // One already here is the same id made at the same time; any other is added.
  const here = new Map(own.list().map((r) => [r.id, r.createdAt]));
  const total = here.size + records.filter((r) => here.get(r.id) !== r.createdAt).length;
  if (total > ROUTINE_LIMITS.count) {
    throw new LimberError('invalid-input', `The file was not imported, nothing was changed: it would make ${total} routines of your own, and Limber keeps at most ${ROUTINE_LIMITS.count}.`, [
      { field: 'routines', message: `must leave at most ${ROUTINE_LIMITS.count} routines` },
    ]);
  }
}

/**
 * Adds the file's routines that are not already here, inside the caller's transaction. Answers,
 * for each, the id it has in this journal (the same unless another routine had it), so records
 * in the same file that name a routine can follow it.
 */
export function importRoutines(own: OwnRoutines, records: readonly RoutineRecord[], count: (added: boolean) => void): Map<string, string> {
  const ids = new Map<string, string>();
  const fileIds = new Set(records.map((r) => r.id));
  for (const record of records) {
    const { id, added } = own.importOne(record, fileIds);
    ids.set(record.id, id);
    count(added);
  }
  return ids;
}

import { LimberError } from '../errors';
import type { SettingsStore } from '../settings/app-settings';
import { builtInReminder, MAX_REMINDERS, type Reminder } from './reminder-list';

// The person's reminders in the export file (`reminders`, from version 2).

const atDefaults = (r: Reminder) => JSON.stringify(r) === JSON.stringify(builtInReminder(r.id));

/**
 * The person's reminders and the built-ins they changed (one at its defaults says nothing, and
 * would read as "already in your journal" in every import); a routine that is gone named as none
 * (a file must import again).
 */
export function exportReminders(settings: SettingsStore, routineExists: (id: string) => boolean): Reminder[] {
  return settings
    .get('reminders')
    .reminders.filter((r) => !atDefaults(r))
    .map((r) => (r.routineId === null || routineExists(r.routineId) ? r : { ...r, routineId: null }));
}

/** Refuses, before anything is written, a file that would take the list past its limit or repeats an id. */
export function checkReminders(settings: SettingsStore, records: readonly Reminder[]): void {
  const here = new Set(settings.get('reminders').reminders.map((r) => r.id));
  const seen = new Map<string, number>();
  records.forEach(({ id }, index) => {
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new LimberError('invalid-input', 'The file was not imported, nothing was changed: two reminders share one id.', [{ field: `reminders.${index}.id`, message: `is also the id of reminders.${earlier}` }]);
    }
    seen.set(id, index);
  });
  const adding = records.filter((r) => !here.has(r.id)).length;
  if (here.size + adding > MAX_REMINDERS) {
    throw new LimberError('invalid-input', `The file was not imported, nothing was changed: it would make ${here.size + adding} reminders, and Limber keeps at most ${MAX_REMINDERS}.`, [
      { field: 'reminders', message: `must leave at most ${MAX_REMINDERS} reminders` },
    ]);
  }
}

/**
 * Adds the file's reminders this journal lacks, and takes the file's version of a built-in still
 * at its defaults here; a reminder the person has set here stays as they set it. A routine is
 * followed to its id in this journal (`routineIds`), and one neither here nor in the file becomes
 * none. Inside the caller's transaction.
 */
export function importReminders(
  settings: SettingsStore,
  records: readonly Reminder[],
  routineIds: ReadonlyMap<string, string>,
  routineExists: (id: string) => boolean,
  count: (added: boolean) => void,
): void {
  const current = settings.get('reminders');
  const list = [...current.reminders];
  for (const record of records) {
    const mapped = record.routineId === null ? null : (routineIds.get(record.routineId) ?? record.routineId);
    const reminder = { ...record, routineId: mapped !== null && (routineIds.has(record.routineId!) || routineExists(mapped)) ? mapped : null };
    const at = list.findIndex((r) => r.id === reminder.id);
    const changes = at < 0 || (atDefaults(list[at]!) && JSON.stringify(list[at]) !== JSON.stringify(reminder));
    if (at < 0) list.push(reminder);
    else if (changes) list[at] = reminder;
    count(changes);
  }
  settings.set('reminders', { ...current, reminders: list });
}

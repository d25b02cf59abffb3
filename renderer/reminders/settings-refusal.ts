import { ApiError } from '../../electron/api/bridge';

const FIELD_WORDS: Readonly<Record<string, string>> = {
  posture: 'Change position',
  movement: 'Movement break',
  checkIn: 'Evening check-in',
  magnesium: 'Magnesium',
  workingHours: 'Working hours',
  everyMinutes: 'every',
  breakMinutes: 'break length',
  start: 'from',
  end: 'until',
  time: 'at',
};

/** `posture.everyMinutes` → "Change position, every": the form's own words, not the contract's. */
const fieldWords = (field: string) =>
  field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .map((part) => FIELD_WORDS[part] ?? part)
    .join(', ');

/** Why reminder settings were not saved, in the form's words, field by field. */
export function settingsRefusal(error: unknown): string {
  return error instanceof ApiError && error.issues.length > 0
    ? `Not saved. ${error.issues.map((i) => `${fieldWords(i.field)} ${i.message}`).join('; ')}.`
    : String(error);
}

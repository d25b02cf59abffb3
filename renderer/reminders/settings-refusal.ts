import { refusalWords } from '../components/refusal-words';

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
  breakScreen: 'Movement breaks show',
  strictSeconds: 'no Skip for the first',
};

/** Why reminder settings were not saved, in the form's words, field by field. */
export const settingsRefusal = (error: unknown): string => refusalWords(error, FIELD_WORDS);

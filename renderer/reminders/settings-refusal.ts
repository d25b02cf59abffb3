import { refusalWords } from '../components/refusal-words';

const FIELD_WORDS: Readonly<Record<string, string>> = {
  reminder: 'Reminder',
  name: 'name',
  message: 'message',
  schedule: 'when',
  times: 'times',
  days: 'days',
  routineId: 'routine',
  workingHours: 'Working hours',
  everyMinutes: 'every',
  breakMinutes: 'break length',
  start: 'from',
  end: 'until',
  time: 'at',
  breakScreen: 'Breaks show',
  strictSeconds: 'no Skip for the first',
};

/** Why reminder settings were not saved, in the form's words, field by field. */
export const settingsRefusal = (error: unknown): string => refusalWords(error, FIELD_WORDS);

import type { CheckInFactor } from '../../electron/api/page';

/** Answers to the person's own factors as typed, by factor id: a rating's digits, "1" yes, "0" no, "" unanswered. */
export type Answers = Record<string, string>;

export const answersOf = (recorded: Readonly<Record<string, number>>): Answers => Object.fromEntries(Object.entries(recorded).map(([id, value]) => [id, String(value)]));

/** The answers as a check-in stores them (the unanswered left out), or a sentence saying what is wrong. */
export function readAnswers(answers: Answers): Record<string, number> | string {
  const given = Object.entries(answers).filter(([, text]) => text.trim() !== '');
  if (given.some(([, text]) => !/^\d{1,2}$/.test(text.trim()) || Number(text) > 10)) return 'Give each of your factors a whole number from 0 to 10, or leave it empty.';
  return Object.fromEntries(given.map(([id, text]) => [id, Number(text)]));
}

/**
 * The factors a check-in form shows: those the check-in asks about, and a removed one only where
 * this check-in answered it (to see or clear the answer).
 */
export const factorsShown = (factors: readonly CheckInFactor[], answers: Answers): CheckInFactor[] =>
  factors.filter((f) => !f.archived || (answers[f.id] ?? '') !== '');

/** A check-in's answers in words, in the factors' order: "Slept on the new mattress: yes · Stress 7/10". */
export function answerWords(factors: readonly CheckInFactor[], recorded: Readonly<Record<string, number>>): string {
  return factors
    .filter((f) => recorded[f.id] !== undefined)
    .map((f) => (f.type === 'yes-no' ? `${f.name}: ${recorded[f.id] === 1 ? 'yes' : 'no'}` : `${f.name} ${recorded[f.id]}/10`))
    .join(' · ');
}

import type { RoutineStep } from '../../electron/api/page';

/** "once", "10 times": how often a counted step is done. */
export const timesWords = (reps: number): string => (reps === 1 ? 'once' : `${reps} times`);

/** "30 seconds" or "10 times": how much of a step there is. */
export const stepMeasure = ({ seconds, reps }: Pick<RoutineStep, 'seconds' | 'reps'>): string =>
  reps !== null ? timesWords(reps) : `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

/**
 * How each step's buttons name it: its title in quotes (“Shoulder rolls”), or "step 3" where the
 * title is blank or shared, so no two buttons on the page have one name.
 */
export function stepNames(titles: readonly string[]): string[] {
  const trimmed = titles.map((t) => t.trim());
  return trimmed.map((title, i) => (title && trimmed.indexOf(title) === trimmed.lastIndexOf(title) ? `“${title}”` : `step ${i + 1}`));
}

const FIELD_WORDS: Readonly<Record<string, string>> = { name: 'Name', activity: 'Logged as', steps: 'Steps', title: 'title', text: 'what to do', seconds: 'seconds', reps: 'repetitions', illustration: 'illustration' };

/** A refused save in words, field by field: "Not saved. Step 2 title must not be empty; Name is …". */
export function routineRefusal(issues: readonly { field: string; message: string }[]): string {
  const where = (field: string) => {
    const step = /^steps\.(\d+)\.(\w+)/.exec(field);
    return step ? `Step ${Number(step[1]) + 1} ${FIELD_WORDS[step[2]!] ?? step[2]}` : (FIELD_WORDS[field] ?? field);
  };
  return `Not saved. ${issues.map((i) => `${where(i.field)} ${i.message}`).join('; ')}.`;
}

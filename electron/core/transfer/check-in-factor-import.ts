import type { FieldIssue } from '../errors';
import { answerIssues } from '../journal/check-in-factor';
import type { CheckInFactors } from '../journal/check-in-factors';
import type { JournalFile } from './journal-file';

// An export file's check-in factors come with it: answers name the file's own factors (as doses
// name the file's supplements), and a factor the journal lacks is added from the file.

/** What stops the file's factors and answers from joining the journal, each at its path in the file. */
export function checkInFactorIssues(factors: CheckInFactors, file: JournalFile): FieldIssue[] {
  return [
    ...file.checkIns.flatMap((c, index) => answerIssues(file.checkInFactors, c.factors ?? {}, `checkIns.${index}.factors`, 'is not among the file’s check-in factors')),
    ...factors.importIssues(file.checkInFactors),
  ];
}

/**
 * Inside the import's transaction, once `checkInFactorIssues` found nothing: adds the factors the
 * journal lacks and returns the file's check-ins answering the journal's factors, with how many
 * factors were added and how many it had already.
 */
export function adoptCheckInFactors(factors: CheckInFactors, file: JournalFile) {
  const { ids, added } = factors.adopt(file.checkInFactors);
  const rekey = (answers: Record<string, number>) => Object.fromEntries(Object.entries(answers).map(([id, value]) => [ids.get(id)!, value]));
  return {
    checkIns: file.checkIns.map((c) => (c.factors ? { ...c, factors: rekey(c.factors) } : c)),
    report: { added: added.size, alreadyThere: file.checkInFactors.length - added.size },
  };
}

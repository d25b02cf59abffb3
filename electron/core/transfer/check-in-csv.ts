import type { CheckInFactor } from '../journal/check-in-factor';
import type { JournalFile } from './journal-file';

const answerWord = (factor: CheckInFactor, value: number | undefined) => (value === undefined || factor.type === 'scale' ? value : value === 1 ? 'yes' : 'no');

/**
 * Check-ins as rows for a spreadsheet: each factor a column of its own ("factor: Stress"), yes/no
 * answered "yes" or "no", unanswered empty. A removed factor has a column while some check-in
 * answers it.
 */
export function checkInRows({ checkIns, checkInFactors }: Pick<JournalFile, 'checkIns' | 'checkInFactors'>): Record<string, unknown>[] {
  const answered = (f: CheckInFactor) => checkIns.some((c) => c.factors?.[f.id] !== undefined);
  const headings = new Set<string>();
  const columns = checkInFactors
    .filter((f) => !f.archived || answered(f))
    .map((factor) => {
      const base = `factor: ${factor.name}${factor.archived ? ' (removed)' : ''}`;
      let heading = base;
      for (let n = 2; headings.has(heading); n++) heading = `${base} (${n})`;
      headings.add(heading);
      return { factor, heading };
    });
  return checkIns.map(({ factors = {}, ...checkIn }) => ({
    ...checkIn,
    ...Object.fromEntries(columns.map(({ factor, heading }) => [heading, answerWord(factor, factors[factor.id])])),
  }));
}

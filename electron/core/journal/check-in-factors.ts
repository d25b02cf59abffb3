import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open-database';
import { LimberError, type FieldIssue } from '../errors';
import { readSetting, writeSetting } from '../settings/app-settings';
import { answerIssues, sameName, type CheckInFactor, type FactorAnswers, type FactorList } from './check-in-factor';
import { MAX_CHECK_IN_FACTORS } from './vocabulary';

type Match = { to: CheckInFactor } | { clash: CheckInFactor } | { new: true };

const words = (issues: readonly FieldIssue[]) => issues.map((i) => `${i.field} ${i.message}`).join('; ');

/**
 * The person's check-in factors, kept in the `checkInFactors` setting. Ids are random and made
 * here, so renaming keeps a factor's history and no id is ever used for a second factor. A removed
 * factor stays, archived: the check-in no longer asks it, and its past answers keep their name.
 */
export class CheckInFactors {
  constructor(private readonly db: Db) {}

  /** The factors the check-in asks about, in its order, then the removed ones. */
  all(): CheckInFactor[] {
    return readSetting(this.db, 'checkInFactors');
  }

  /**
   * Makes `list` the factors the check-in asks about. A saved factor keeps its type (its answers
   * would change meaning); one added again under the name and type it had before comes back with
   * its past answers.
   */
  replace(list: FactorList): CheckInFactor[] {
    return this.db.transaction(() => {
      const stored = this.all();
      const issues: FieldIssue[] = [];
      const asked = list.map(({ id, name, type }, index): CheckInFactor => {
        if (id === undefined) {
          const before = stored.find((f) => f.archived && f.type === type && sameName(f.name, name) && !list.some((l) => l.id === f.id));
          return { id: before?.id ?? randomUUID(), name, type, archived: false };
        }
        const saved = stored.find((f) => f.id === id);
        if (!saved) issues.push({ field: `factors.${index}.id`, message: 'is not one of your check-in factors' });
        else if (saved.type !== type) {
          issues.push({ field: `factors.${index}.type`, message: 'cannot change once saved, or past answers would change meaning: remove it and add a new one' });
        }
        return { id, name, type, archived: false };
      });
      if (issues.length > 0) throw new LimberError('invalid-input', `The check-in factors were not saved: ${words(issues)}.`, issues);
      const removed = stored.filter((f) => !asked.some((a) => a.id === f.id)).map((f) => ({ ...f, archived: true }));
      const next = [...asked, ...removed];
      writeSetting(this.db, 'checkInFactors', next);
      return next;
    })();
  }

  /** Refuses answers to a factor this journal does not have, or out of its range, naming each. */
  checkAnswers(answers: FactorAnswers): void {
    const issues = answerIssues(this.all(), answers, 'factors', 'is not one of your check-in factors');
    if (issues.length > 0) throw new LimberError('invalid-input', `The check-in was not saved: ${words(issues)}.`, issues);
  }

  /** Why an export file's factors cannot join this journal's: one with an id this journal has for a factor of another type. */
  importIssues(fromFile: readonly CheckInFactor[]): FieldIssue[] {
    const stored = this.all();
    return fromFile.flatMap((f, index): FieldIssue[] => {
      const met = match(f, stored);
      return 'clash' in met ? [{ field: `checkInFactors.${index}.type`, message: `is ${f.type} but your journal has this id as ${met.clash.type}` }] : [];
    });
  }

  /**
   * Joins an export file's factors to this journal's (after `importIssues` found none). One it has
   * already (the same id, or the same name and type) is left as it is; another is added, archived
   * when the file's is, when the check-in already asks about as many as it can, or when it asks
   * about another factor of that name. Returns the file's ids → this journal's, and the added ids.
   */
  adopt(fromFile: readonly CheckInFactor[]): { ids: Map<string, string>; added: Set<string> } {
    // A copy: with nothing stored, all() is the setting's shared default.
    const stored = [...this.all()];
    const ids = new Map<string, string>();
    const added = new Set<string>();
    for (const f of fromFile) {
      const met = match(f, stored);
      if ('clash' in met) throw new LimberError('invalid-input', `The check-in factor “${f.name}” has an id your journal uses for another type.`);
      if ('to' in met) {
        ids.set(f.id, met.to.id);
        continue;
      }
      const asked = stored.filter((s) => !s.archived);
      const archived = f.archived || asked.length >= MAX_CHECK_IN_FACTORS || asked.some((s) => sameName(s.name, f.name));
      stored.push({ ...f, archived });
      ids.set(f.id, f.id);
      added.add(f.id);
    }
    if (added.size > 0) writeSetting(this.db, 'checkInFactors', [...stored.filter((s) => !s.archived), ...stored.filter((s) => s.archived)]);
    return { ids, added };
  }
}

/** How a factor from an export file meets the journal's: the same id, else the same name and type (one asked about first). */
function match(f: CheckInFactor, stored: readonly CheckInFactor[]): Match {
  const sameId = stored.find((s) => s.id === f.id);
  if (sameId) return sameId.type === f.type ? { to: sameId } : { clash: sameId };
  const named = stored.filter((s) => s.type === f.type && sameName(s.name, f.name));
  const same = named.find((s) => !s.archived) ?? named[0];
  return same ? { to: same } : { new: true };
}

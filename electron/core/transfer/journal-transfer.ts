import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { describeIssues } from '../describe-issues';
import { LimberError, type FieldIssue } from '../errors';
import type { ActivityJournal } from '../journal/activity-journal';
import type { CheckInFactors } from '../journal/check-in-factors';
import type { CheckIns } from '../journal/check-ins';
import type { EpisodeJournal } from '../journal/episode-journal';
import type { FoodJournal } from '../journal/food-journal';
import type { SupplementJournal } from '../journal/supplement-journal';
import type { OwnRoutines } from '../routines/own-routines';
import { checkRoutines, exportRoutines, importRoutines } from '../routines/routine-transfer';
import { checkReminders, exportReminders, importReminders } from '../reminders/reminder-transfer';
import type { SettingsStore } from '../settings/app-settings';
import { adoptCheckInFactors, checkInFactorIssues } from './check-in-factor-import';
import { JOURNAL_FORMAT, JOURNAL_VERSION, journalFileSchema, type ImportReport, type JournalFile, type JournalKind } from './journal-file';

export interface Journals {
  db: Db;
  clock: Clock;
  episodes: EpisodeJournal;
  activities: ActivityJournal;
  supplements: SupplementJournal;
  food: FoodJournal;
  checkIns: CheckIns;
  checkInFactors: CheckInFactors;
  routines: OwnRoutines;
  /** Where the person's reminders are kept. */
  settings: SettingsStore;
  /** The built-in routines' ids: a reminder may open one. */
  builtInRoutineIds: ReadonlySet<string>;
}

const routineExists = (j: Journals) => (id: string) => j.builtInRoutineIds.has(id) || j.routines.list().some((r) => r.id === id);

// What could not be read is not exported: the file holds what was readable, and imports again.
const omitId = <T extends { id: number; unreadable?: string[] }>({ id: _id, unreadable: _unreadable, ...rest }: T): Omit<T, 'id' | 'unreadable'> => rest;

/** The whole journal as one versioned file (deleted entries left out). */
export function exportJournal(j: Journals): JournalFile {
  const supplements = j.supplements.allSupplements();
  return {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    exportedAt: j.clock.now(),
    episodes: j.episodes.all().map(omitId),
    activities: j.activities.all().map(omitId),
    supplements: supplements.map((s) => ({ id: s.id, kind: s.kind, name: s.name, defaultDose: s.defaultDose, createdAt: s.createdAt, archived: s.archived })),
    supplementDoses: j.supplements.all().map(({ supplementId, startedAt, timeZone, dose, note, createdAt, updatedAt }) => ({
      supplementId,
      startedAt,
      timeZone,
      dose,
      note,
      createdAt,
      updatedAt,
    })),
    food: j.food.all().map(omitId),
    checkIns: j.checkIns.all().map(omitId),
    checkInFactors: j.checkInFactors.all(),
    routines: exportRoutines(j.routines),
    reminders: exportReminders(j.settings, routineExists(j)),
  };
}

/**
 * Imports an export file. The whole file is checked first: if any record is bad, nothing is
 * written and the error lists every bad record and why. Records already in the journal (same
 * start and creation time; the same day for check-ins; the same name for supplements) are left
 * alone, so importing a file twice adds nothing the second time.
 */
export function importJournal(j: Journals, raw: unknown): ImportReport {
  const parsed = journalFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    const records = new Set(issues.map((i) => i.field.split('.').slice(0, 2).join('.')));
    throw notImported(`${records.size} record(s) have problems.`, issues);
  }
  const file = parsed.data;
  const firstWithId = new Map<number, number>();
  for (const [index, supplement] of file.supplements.entries()) {
    const first = firstWithId.get(supplement.id);
    if (first !== undefined) {
      throw new LimberError('invalid-input', 'The file was not imported, nothing was changed: two supplements share one id, so their doses cannot be told apart.', [
        { field: `supplements.${index}.id`, message: `is also the id of supplements.${first}` },
      ]);
    }
    firstWithId.set(supplement.id, index);
  }
  const knownSupplements = new Set(file.supplements.map((s) => s.id));
  const orphan = file.supplementDoses.findIndex((d) => !knownSupplements.has(d.supplementId));
  if (orphan >= 0) {
    throw new LimberError('invalid-input', 'The file was not imported, nothing was changed: a dose names a supplement the file does not list.', [
      { field: `supplementDoses.${orphan}.supplementId`, message: 'is not among the file’s supplements' },
    ]);
  }
  checkRoutines(j.routines, file.routines);
  checkReminders(j.settings, file.reminders);
  const factorIssues = checkInFactorIssues(j.checkInFactors, file);
  if (factorIssues.length > 0) throw notImported('check-in answers do not fit the check-in factors.', factorIssues);

  const report = Object.fromEntries(
    (['episodes', 'activities', 'supplements', 'supplementDoses', 'food', 'checkIns', 'routines', 'checkInFactors', 'reminders'] as const).map((k) => [k, { added: 0, alreadyThere: 0 }]),
  ) as ImportReport;
  const count = (kind: JournalKind, added: boolean) => report[kind][added ? 'added' : 'alreadyThere']++;

  // A record is "already there" when the journal had as many entries with its start and creation
  // time before this import as the file has up to it: importing twice adds nothing, and two
  // distinct entries made at the same instant are both imported.
  const freshness = (table: { countAt(startedAt: number, createdAt: number): number }) => {
    const before = new Map<string, { existing: number; seen: number }>();
    return (startedAt: number, createdAt: number) => {
      const key = `${startedAt}/${createdAt}`;
      let tally = before.get(key);
      if (!tally) before.set(key, (tally = { existing: table.countAt(startedAt, createdAt), seen: 0 }));
      tally.seen++;
      return tally.seen > tally.existing;
    };
  };
  const isFresh = { episodes: freshness(j.episodes), activities: freshness(j.activities), doses: freshness(j.supplements), food: freshness(j.food) };

  j.db.transaction(() => {
    for (const { createdAt, updatedAt, ...e } of file.episodes) {
      const fresh = isFresh.episodes(e.startedAt, createdAt);
      if (fresh) j.episodes.add(e, { createdAt, updatedAt });
      count('episodes', fresh);
    }
    for (const { createdAt, updatedAt, ...a } of file.activities) {
      const fresh = isFresh.activities(a.startedAt, createdAt);
      if (fresh) j.activities.add(a, { createdAt, updatedAt });
      count('activities', fresh);
    }
    const supplementIds = new Map<number, number>();
    for (const s of file.supplements) {
      const { id, added } = j.supplements.findOrAdd(s.name, s.defaultDose, s.createdAt, s.archived, s.kind);
      supplementIds.set(s.id, id);
      count('supplements', added);
    }
    for (const { createdAt, updatedAt, supplementId, ...d } of file.supplementDoses) {
      const fresh = isFresh.doses(d.startedAt, createdAt);
      if (fresh) j.supplements.take({ ...d, supplementId: supplementIds.get(supplementId)! }, { createdAt, updatedAt });
      count('supplementDoses', fresh);
    }
    for (const { createdAt, updatedAt, ...f } of file.food) {
      const fresh = isFresh.food(f.startedAt, createdAt);
      if (fresh) j.food.add(f, { createdAt, updatedAt });
      count('food', fresh);
    }
    const factors = adoptCheckInFactors(j.checkInFactors, file);
    report.checkInFactors = factors.report;
    for (const c of factors.checkIns) count('checkIns', j.checkIns.importOne(c));
    const routineIds = importRoutines(j.routines, file.routines, (added) => count('routines', added));
    importReminders(j.settings, file.reminders, routineIds, routineExists(j), (added) => count('reminders', added));
  })();
  return report;
}

/** Refuses an import, naming the first ten problems in words (`issues` has them all). */
function notImported(what: string, issues: readonly FieldIssue[]): LimberError {
  const listed = issues.slice(0, 10).map((i) => `${i.field} ${i.message}`).join('; ') + (issues.length > 10 ? '; …' : '.');
  return new LimberError('invalid-input', `The file was not imported, nothing was changed: ${what} ${listed}`, [...issues]);
}

/**
 * One kind as CSV (RFC 4180: quoted fields, CRLF), for spreadsheets. Lists become "a; b". Text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe, as OWASP advises: a note is never executed. Numbers stay numbers.
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown) => {
    const raw = Array.isArray(v) ? v.join('; ') : v === null || v === undefined ? '' : String(v);
    const text = typeof v !== 'number' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

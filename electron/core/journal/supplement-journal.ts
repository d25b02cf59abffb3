import type { Clock } from '../clock';
import { prepared, type Db } from '../db/open-database';
import { LimberError } from '../errors';
import { JournalTable, type Stamps } from './journal-table';
import { localDate } from '../reminders/local-time';
import type { DosePatch, NewDose, NewSupplement, Supplement, SupplementDose } from './supplement';
import type { TakenKind } from './vocabulary';

interface DoseRow {
  id: number;
  supplement_id: number;
  supplement_name: string;
  kind: TakenKind;
  started_at: number;
  time_zone: string;
  dose: string;
  note: string;
  created_at: number;
  updated_at: number;
}

const COLUMNS = `id, supplement_id, (SELECT name FROM supplements s WHERE s.id = supplement_id) AS supplement_name,
  (SELECT kind FROM supplements s WHERE s.id = supplement_id) AS kind, started_at, time_zone, dose, note, created_at, updated_at`;

const toDose = (r: DoseRow): SupplementDose => ({
  id: r.id,
  supplementId: r.supplement_id,
  supplementName: r.supplement_name,
  kind: r.kind,
  startedAt: r.started_at,
  timeZone: r.time_zone,
  dose: r.dose,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The person's supplements and every dose taken. Every write is one transaction. */
export class SupplementJournal extends JournalTable<DoseRow, SupplementDose> {
  constructor(db: Db, clock: Clock) {
    super(db, clock, 'supplement_doses', 'dose', COLUMNS, toDose);
  }

  addSupplement(input: NewSupplement): Supplement {
    return this.db.transaction(() => {
      const clash = prepared(this.db, 'SELECT 1 FROM supplements WHERE lower(name) = lower(?) AND archived_at IS NULL')
        .get(input.name);
      if (clash) {
        throw new LimberError('invalid-input', `${input.name} is already on your list.`, [
          { field: 'name', message: 'is already on your list' },
        ]);
      }
      const { id } = prepared<[string, string, string, number], { id: number }>(this.db, 
          'INSERT INTO supplements (kind, name, default_dose, created_at) VALUES (?, ?, ?, ?) RETURNING id',
        )
        .get(input.kind ?? 'supplement', input.name, input.defaultDose, this.clock.now())!;
      return this.supplement(id);
    })();
  }

  /** One list (supplements, or medications), the most recently taken first (one tap repeats them). */
  listSupplements(kind: TakenKind = 'supplement'): Supplement[] {
    return prepared<[TakenKind], { id: number }>(this.db, 
        `SELECT s.id FROM supplements s WHERE s.archived_at IS NULL AND s.kind = ?
         ORDER BY (SELECT max(started_at) FROM supplement_doses d WHERE d.supplement_id = s.id AND d.deleted_at IS NULL) DESC NULLS LAST,
                  lower(s.name)`,
      )
      .all(kind)
      .map((r) => this.supplement(r.id));
  }

  /** Takes it off the list; doses already logged stay in the journal. */
  archiveSupplement(id: number): void {
    const changed = this.db.transaction(
      () =>
        prepared(this.db, 'UPDATE supplements SET archived_at = ? WHERE id = ? AND archived_at IS NULL').run(this.clock.now(), id)
          .changes,
    )();
    if (changed === 0) throw new LimberError('not-found', `Supplement ${id} is not on your list.`);
  }

  /**
   * Logs a dose. `imported` carries the original times of a dose from an export file; such a dose
   * may belong to a supplement since taken off the list (the file holds its history).
   */
  take(input: NewDose, imported?: Stamps): SupplementDose {
    return this.db.transaction(() => {
      const supplement = this.supplement(input.supplementId, imported !== undefined);
      const { createdAt, updatedAt } = this.stamps(imported);
      const { id } = prepared<unknown[], { id: number }>(this.db, 
          `INSERT INTO supplement_doses (supplement_id, started_at, time_zone, local_day, dose, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        )
        .get(supplement.id, input.startedAt, input.timeZone, localDate(input.startedAt, input.timeZone), input.dose ?? supplement.defaultDose, input.note, createdAt, updatedAt)!;
      return this.get(id);
    })();
  }

  updateDose({ id, patch }: DosePatch): SupplementDose {
    return this.patchColumns(id, { started_at: patch.startedAt, time_zone: patch.timeZone, dose: patch.dose, note: patch.note });
  }

  /** Every supplement ever listed, archived ones too (for export). */
  allSupplements(): (Supplement & { archived: boolean })[] {
    return prepared<[], { id: number; archived: number }>(this.db, 'SELECT id, archived_at IS NOT NULL AS archived FROM supplements ORDER BY id')
      .all()
      .map((r) => ({ ...this.supplement(r.id, true), archived: r.archived === 1 }));
  }

  /** The id of the supplement with this name (any case), adding it when there is none (for import). */
  findOrAdd(name: string, defaultDose: string, createdAt: number, archived: boolean, kind: TakenKind): { id: number; added: boolean } {
    const found = prepared<[string], { id: number }>(this.db, 'SELECT id FROM supplements WHERE lower(name) = lower(?) ORDER BY archived_at IS NOT NULL, id LIMIT 1')
      .get(name);
    if (found) return { id: found.id, added: false };
    const id = prepared<unknown[], { id: number }>(this.db, 'INSERT INTO supplements (kind, name, default_dose, created_at, archived_at) VALUES (?, ?, ?, ?, ?) RETURNING id')
      .get(kind, name, defaultDose, createdAt, archived ? this.clock.now() : null)!.id;
    return { id, added: true };
  }

  private supplement(id: number, includeArchived = false): Supplement {
    const row = prepared<[number, number], { id: number; kind: TakenKind; name: string; default_dose: string; created_at: number; last: number | null }>(this.db, 
        `SELECT id, kind, name, default_dose, created_at,
           (SELECT max(started_at) FROM supplement_doses d WHERE d.supplement_id = s.id AND d.deleted_at IS NULL) AS last
         FROM supplements s WHERE id = ? AND (archived_at IS NULL OR ?)`,
      )
      .get(id, includeArchived ? 1 : 0);
    if (!row) throw new LimberError('not-found', `Supplement ${id} is not on your list.`);
    return { id: row.id, kind: row.kind, name: row.name, defaultDose: row.default_dose, createdAt: row.created_at, lastTakenAt: row.last };
  }
}

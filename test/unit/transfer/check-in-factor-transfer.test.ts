import { describe, expect, it } from 'vitest';
import type { JournalFile } from '../../../electron/core/transfer/journal-file';
import { exportJournal, importJournal } from '../../../electron/core/transfer/journal-transfer';
import { coresPerTest, rowCounts, type TestCore } from '../../support/test-core';

const fresh = coresPerTest();
const checkIn = (day: string) => ({ day, timeZone: 'UTC', pain: 4, stiffness: 5, sleep: 6, note: '' });

/** A journal asking about a mattress (yes/no) and stress (0–10), with "Noise" removed; two days answered. */
function withFactors(): TestCore {
  const t = fresh();
  t.core.checkInFactors.replace([
    { name: 'Mattress', type: 'yes-no' },
    { name: 'Stress', type: 'scale' },
    { name: 'Noise', type: 'scale' },
  ]);
  const [mattress, stress, noise] = t.core.checkInFactors.all();
  t.core.checkIns.save({ ...checkIn('2026-11-24'), factors: { [mattress!.id]: 1, [stress!.id]: 7, [noise!.id]: 2 } });
  t.core.checkIns.save({ ...checkIn('2026-11-25'), factors: { [mattress!.id]: 0 } });
  t.core.checkInFactors.replace([mattress!, stress!]);
  return t;
}

const exported = (t: TestCore) => JSON.parse(JSON.stringify(exportJournal(t.core))) as JournalFile;
/** Each check-in's answers by factor name, to compare journals whose ids differ. */
const answersByName = (t: TestCore) => {
  const names = new Map(t.core.checkInFactors.all().map((f) => [f.id, f.name]));
  return t.core.checkIns.all().map((c) => [c.day, Object.fromEntries(Object.entries(c.factors).map(([id, v]) => [names.get(id), v]))]);
};

describe('check-in factors in the export file', () => {
  it('carries the factors (removed ones archived) and the answers, and an empty journal takes both', () => {
    const source = withFactors();
    const file = exported(source);
    expect(file.version).toBe(2);
    expect(file.checkInFactors.map((f) => [f.name, f.type, f.archived])).toEqual([
      ['Mattress', 'yes-no', false],
      ['Stress', 'scale', false],
      ['Noise', 'scale', true],
    ]);

    const target = fresh();
    expect(importJournal(target.core, file).checkInFactors).toEqual({ added: 3, alreadyThere: 0 });
    expect(target.core.checkInFactors.all()).toEqual(source.core.checkInFactors.all());
    expect(answersByName(target)).toEqual([
      ['2026-11-24', { Mattress: 1, Stress: 7, Noise: 2 }],
      ['2026-11-25', { Mattress: 0 }],
    ]);
    // Again: nothing new.
    expect(importJournal(target.core, file).checkInFactors).toEqual({ added: 0, alreadyThere: 3 });
    expect(target.core.checkInFactors.all()).toHaveLength(3);
  });

  it('answers a factor the journal already asks about under the same name and type, whatever its id', () => {
    const file = exported(withFactors());
    const target = fresh();
    target.core.checkInFactors.replace([{ name: 'stress', type: 'scale' }, { name: 'Mattress', type: 'scale' }]);
    const [stress] = target.core.checkInFactors.all();
    expect(importJournal(target.core, file).checkInFactors).toEqual({ added: 2, alreadyThere: 1 });
    expect(target.core.checkIns.get('2026-11-24')!.factors[stress!.id]).toBe(7);
    // The file's yes/no "Mattress" is kept beside the journal's 0–10 one, archived, its answers named.
    expect(target.core.checkInFactors.all().map((f) => [f.name, f.type, f.archived])).toEqual([
      ['stress', 'scale', false],
      ['Mattress', 'scale', false],
      ['Mattress', 'yes-no', true],
      ['Noise', 'scale', true],
    ]);
    expect(answersByName(target)[1]).toEqual(['2026-11-25', { Mattress: 0 }]);
  });

  it('imports a version 1 file, from before factors, as it is', () => {
    const file = exported(withFactors()) as Partial<JournalFile>;
    const v1 = { ...file, version: 1, checkIns: file.checkIns!.map(({ factors: _, ...c }) => c) };
    delete v1.checkInFactors;
    const target = fresh();
    expect(importJournal(target.core, v1)).toMatchObject({ checkIns: { added: 2 }, checkInFactors: { added: 0, alreadyThere: 0 } });
    expect(target.core.checkIns.all().map((c) => c.factors)).toEqual([{}, {}]);
  });

  it('refuses answers to a factor the file does not list, or out of its range, naming each, and writes nothing', () => {
    const file = exported(withFactors());
    const [mattress] = file.checkInFactors;
    file.checkIns[0]!.factors = { ...file.checkIns[0]!.factors, 'not-in-file': 3 };
    file.checkIns[1]!.factors = { [mattress!.id]: 4 };
    const target = fresh();
    const before = rowCounts(target.core);
    expect(() => importJournal(target.core, file)).toThrowError(
      expect.objectContaining({
        message: expect.stringMatching(/^The file was not imported, nothing was changed: check-in answers do not fit the check-in factors\./),
        issues: [
          { field: 'checkIns.0.factors.not-in-file', message: 'is not among the file’s check-in factors' },
          { field: `checkIns.1.factors.${mattress!.id}`, message: 'must be 1 (yes) or 0 (no) for “Mattress”' },
        ],
      }),
    );
    expect(rowCounts(target.core)).toEqual(before);
  });

  it('refuses a factor whose id the journal has for another type, and two factors sharing an id', () => {
    const source = withFactors();
    const file = exported(source);
    file.checkInFactors[1]!.type = 'yes-no';
    file.checkIns[0]!.factors = {};
    expect(() => importJournal(source.core, file)).toThrowError(/checkInFactors\.1\.type is yes-no but your journal has this id as scale/);

    const twice = exported(source);
    twice.checkInFactors[2]!.id = twice.checkInFactors[0]!.id;
    expect(() => importJournal(fresh().core, twice)).toThrowError(/checkInFactors\.2\.id is also the id of checkInFactors\.0/);
  });

  it('refuses a file listing more than 200 factors, in words, writing nothing', async () => {
    const target = fresh();
    const before = rowCounts(target.core);
    const file = exported(withFactors());
    file.checkInFactors = Array.from({ length: 201 }, (_, i) => ({ id: `f-${i}`, name: `Factor ${i}`, type: 'scale' as const, archived: true }));
    file.checkIns = [];
    const reply = await target.dispatch('data.importJson', { text: JSON.stringify(file) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'checkInFactors', message: 'must list at most 200 factors' }] } });
    expect(rowCounts(target.core)).toEqual(before);
    expect(target.core.checkInFactors.all()).toEqual([]);
  });

  it('gives each factor a column in the check-ins CSV: yes or no, the rating, or empty', async () => {
    const t = withFactors();
    const csv = await t.dispatch('data.exportCsv', { kind: 'checkIns' });
    expect(csv.ok && (csv.value as string).split('\r\n')).toEqual([
      'day,timeZone,pain,stiffness,sleep,note,createdAt,updatedAt,factor: Mattress,factor: Stress,factor: Noise (removed)',
      expect.stringMatching(/^2026-11-24,UTC,4,5,6,,\d+,\d+,yes,7,2$/),
      expect.stringMatching(/^2026-11-25,UTC,4,5,6,,\d+,\d+,no,,$/),
      '',
    ]);
  });
});

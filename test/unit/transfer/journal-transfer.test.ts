import { describe, expect, it } from 'vitest';
import type { JournalFile } from '../../../electron/core/transfer/journal-file';
import { exportJournal, importJournal, toCsv } from '../../../electron/core/transfer/journal-transfer';
import { coresPerTest, makeTestCore, NOV_25_2026, rowCounts, type TestCore } from '../../support/test-core';

const HOUR = 3_600_000;
const fresh = coresPerTest();

/** A journal with one of each kind, an archived supplement and a deleted episode. */
function seeded(): TestCore {
  const t = fresh();
  const c = t.core;
  c.episodes.add({ startedAt: NOV_25_2026, timeZone: 'Europe/London', intensity: 7, areas: ['lower-back-left'], qualities: ['burning', 'numb'], durationMinutes: null, reliefHelped: null, triggers: ['lifting, "heavy" box'], relief: ['heat'], notes: 'line one\nline two' });
  c.episodes.remove(c.episodes.add({ startedAt: NOV_25_2026 + HOUR, timeZone: 'UTC', intensity: 1, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'deleted' }).id);
  c.activities.add({ startedAt: NOV_25_2026 + 2 * HOUR, timeZone: 'UTC', kind: 'walk', minutes: 30, note: '' });
  const m = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
  const b = c.supplements.addSupplement({ name: 'Vitamin B', defaultDose: '' });
  c.supplements.take({ supplementId: m.id, startedAt: NOV_25_2026 + 3 * HOUR, timeZone: 'UTC', note: '' });
  c.supplements.take({ supplementId: b.id, startedAt: NOV_25_2026 + 4 * HOUR, timeZone: 'UTC', note: 'last one' });
  c.supplements.archiveSupplement(b.id);
  c.food.add({ startedAt: NOV_25_2026 + 5 * HOUR, timeZone: 'UTC', tags: ['berries', 'nuts'], note: '' });
  c.checkIns.save({ day: '2026-11-25', timeZone: 'Europe/London', pain: 4, stiffness: 5, sleep: 6, note: '' });
  return t;
}

/** An export without what legitimately differs between two journals (export time, row ids). */
function comparable(file: JournalFile) {
  const names = new Map(file.supplements.map((s) => [s.id, s.name]));
  return {
    ...file,
    exportedAt: 0,
    supplements: file.supplements.map(({ id: _id, ...s }) => s),
    supplementDoses: file.supplementDoses.map(({ supplementId, ...d }) => ({ ...d, supplement: names.get(supplementId) })),
  };
}

describe('export and import', () => {
  it('round-trips every kind into an empty journal, leaving deleted entries out', () => {
    const source = seeded();
    const file = JSON.parse(JSON.stringify(exportJournal(source.core))) as JournalFile;
    expect(file.episodes.map((e) => [e.notes, e.qualities])).toEqual([['line one\nline two', ['burning', 'numb']]]);

    const target = fresh();
    const report = importJournal(target.core, file);
    expect(report).toEqual({
      episodes: { added: 1, alreadyThere: 0 },
      activities: { added: 1, alreadyThere: 0 },
      supplements: { added: 2, alreadyThere: 0 },
      supplementDoses: { added: 2, alreadyThere: 0 },
      food: { added: 1, alreadyThere: 0 },
      checkIns: { added: 1, alreadyThere: 0 },
      routines: { added: 0, alreadyThere: 0 },
      checkInFactors: { added: 0, alreadyThere: 0 },
      // The built-in reminders are at their defaults: the file leaves them out.
      reminders: { added: 0, alreadyThere: 0 },
    });
    expect(comparable(exportJournal(target.core))).toEqual(comparable(file));
    expect(target.core.supplements.listSupplements().map((s) => s.name)).toEqual(['Magnesium']);
  });

  it('keeps medications medications across export and import; a file from before them lists supplements', () => {
    const source = seeded();
    const ibuprofen = source.core.supplements.addSupplement({ name: 'Ibuprofen', defaultDose: '400 mg', kind: 'medication' });
    source.core.supplements.take({ supplementId: ibuprofen.id, startedAt: NOV_25_2026, timeZone: 'UTC', note: '' });
    const file = JSON.parse(JSON.stringify(exportJournal(source.core))) as JournalFile;
    const target = fresh();
    importJournal(target.core, file);
    expect(target.core.supplements.listSupplements('medication').map((s) => s.name)).toEqual(['Ibuprofen']);
    expect(target.core.supplements.listSupplements('supplement').map((s) => s.name)).toEqual(['Magnesium']);

    for (const s of file.supplements) delete (s as Partial<typeof s>).kind;
    const older = fresh();
    importJournal(older.core, file);
    expect(older.core.supplements.listSupplements('medication')).toEqual([]);
    expect(older.core.supplements.listSupplements('supplement').map((s) => s.name).sort()).toEqual(['Ibuprofen', 'Magnesium']);
  });

  it('imports a file from before pain words: its episodes say nothing of what the pain felt like', () => {
    const file = JSON.parse(JSON.stringify(exportJournal(seeded().core))) as JournalFile;
    for (const episode of file.episodes) delete (episode as Partial<typeof episode>).qualities;
    const target = fresh();
    expect(importJournal(target.core, file).episodes).toEqual({ added: 1, alreadyThere: 0 });
    expect(target.core.episodes.list({ limit: 5 }).items.map((e) => e.qualities)).toEqual([[]]);
  });

  it('importing the same file again adds nothing', () => {
    const file = exportJournal(seeded().core);
    const target = fresh();
    importJournal(target.core, file);
    const before = rowCounts(target.core);
    const again = importJournal(target.core, file);
    expect(Object.values(again).every((r) => r.added === 0)).toBe(true);
    expect(again.episodes.alreadyThere).toBe(1);
    expect(rowCounts(target.core)).toEqual(before);
  });

  it('refuses a file with bad records, says which and why, and writes nothing', async () => {
    const file = exportJournal(seeded().core) as unknown as Record<string, Record<string, unknown>[]>;
    file.episodes!.push({ ...file.episodes![0]!, intensity: 11 });
    file.food![0]!.tags = ['pizza'];
    const target = fresh();
    target.core.episodes.add({ startedAt: NOV_25_2026, timeZone: 'UTC', intensity: 2, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'mine' });
    const before = rowCounts(target.core);
    const result = await target.dispatch('data.importJson', { text: JSON.stringify(file) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { field: 'episodes.1.intensity', message: 'must be 0 to 10' },
      { field: 'food.0.tags.0', message: expect.stringMatching(/^must be one of /) },
    ]);
    expect(rowCounts(target.core)).toEqual(before);
  });

  it('refuses something that is not a Limber export', () => {
    const target = fresh();
    expect(() => importJournal(target.core, { format: 'other', version: 9 })).toThrowError(/not imported, nothing was changed/);
    expect(() => importJournal(target.core, 'hello')).toThrowError(/not imported/);
  });

  it('refuses a file that is not JSON in words, writing nothing', async () => {
    const target = fresh();
    const reply = await target.dispatch('data.importJson', { text: '{"format": "limber-journal", "episodes": [' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/not imported, nothing was changed: it is not a Limber export \(it is not JSON\)/) } });
    expect(rowCounts(target.core)).toEqual(rowCounts(fresh().core));
  });

  it('writes CSV that spreadsheets read back: quotes, commas, line breaks and lists', () => {
    expect(toCsv([{ a: 'plain', b: 'with, comma', c: 'say "hi"', d: 'two\nlines', e: ['x', 'y'], f: null }])).toBe(
      'a,b,c,d,e,f\r\nplain,"with, comma","say ""hi""","two\nlines",x; y,\r\n',
    );
    expect(toCsv([])).toBe('');
  });
});

describe('importing entries that look alike', () => {
  const stampsAt = Date.UTC(2026, 10, 25, 9);
  const file = (episodes: object[], supplements: object[] = []) => ({
    format: 'limber-journal',
    version: 1,
    exportedAt: stampsAt,
    episodes,
    activities: [],
    supplements,
    supplementDoses: [],
    food: [],
    checkIns: [],
  });
  const twin = (notes: string) => ({ startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'], durationMinutes: null, triggers: [], relief: [], reliefHelped: null, notes, createdAt: stampsAt, updatedAt: stampsAt });

  it('imports two distinct entries made at the same instant, and importing again adds nothing', async () => {
    const t = makeTestCore();
    try {
      const first = await t.dispatch('data.importJson', { text: JSON.stringify(file([twin('left side'), twin('right side')])) });
      expect(first).toMatchObject({ ok: true, value: { episodes: { added: 2, alreadyThere: 0 } } });
      const again = await t.dispatch('data.importJson', { text: JSON.stringify(file([twin('left side'), twin('right side')])) });
      expect(again).toMatchObject({ ok: true, value: { episodes: { added: 0, alreadyThere: 2 } } });
      expect(t.core.episodes.list({ limit: 10 }).items.map((e) => e.notes).sort()).toEqual(['left side', 'right side']);
    } finally {
      t.dispose();
    }
  });

  it('refuses a file where two supplements share an id, naming both, and writes nothing', async () => {
    const t = makeTestCore();
    try {
      const before = rowCounts(t.core);
      const supplement = (name: string) => ({ id: 7, name, defaultDose: '', createdAt: stampsAt, archived: false });
      const reply = await t.dispatch('data.importJson', { text: JSON.stringify(file([], [supplement('Magnesium'), supplement('Vitamin D')])) });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'supplements.1.id', message: 'is also the id of supplements.0' }] } });
      expect(rowCounts(t.core)).toEqual(before);
    } finally {
      t.dispose();
    }
  });
});

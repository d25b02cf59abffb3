import { describe, expect, it } from 'vitest';
import type { RoutineInput } from '../../../electron/core/routines/own-routine';
import { RoutineCatalog } from '../../../electron/core/routines/routine-catalog';
import { ILLUSTRATION_IDS } from '../../../electron/core/routines/illustrations';
import type { JournalFile } from '../../../electron/core/transfer/journal-file';
import { exportJournal, importJournal } from '../../../electron/core/transfer/journal-transfer';
import { FakeClock } from '../../support/fake-clock';
import { coresPerTest, NOV_25_2026, rowCounts, type TestCore } from '../../support/test-core';

const core = coresPerTest();
const fresh = (at = NOV_25_2026) => core(new FakeClock(at));

const stretch: RoutineInput = {
  name: 'Morning stretch',
  activity: 'yoga',
  steps: [
    { title: 'Shoulder rolls', text: 'Slowly.', seconds: 30, reps: null, illustration: ILLUSTRATION_IDS[0] },
    { title: 'Heel raises', text: '', seconds: null, reps: 10, illustration: null },
  ],
};

/** A journal with a routine of the person's, a copy of a built-in and a deleted routine. */
function withRoutines(): TestCore {
  const t = fresh();
  t.core.routines.create(stretch, null);
  new RoutineCatalog(t.core.advice.routines, t.core.routines).copy('desk-warm-up');
  t.core.routines.remove(t.core.routines.create({ ...stretch, name: 'Deleted' }, null).id);
  return t;
}

const exported = (t: TestCore) => JSON.parse(JSON.stringify(exportJournal(t.core))) as JournalFile;

describe('routines in the export file', () => {
  it('round-trips the person’s routines with their ids and times, leaving deleted ones out', () => {
    const source = withRoutines();
    const file = exported(source);
    expect(file.version).toBe(2);
    expect(file.routines.map((r) => [r.name, r.basedOn])).toEqual([
      ['Morning stretch', null],
      ['Desk warm-up (my copy)', 'desk-warm-up'],
    ]);
    const target = fresh(NOV_25_2026 + 86_400_000);
    expect(importJournal(target.core, file).routines).toEqual({ added: 2, alreadyThere: 0 });
    expect(target.core.routines.list()).toEqual(source.core.routines.list());
  });

  it('importing the same file again adds nothing', () => {
    const file = exported(withRoutines());
    const target = fresh();
    importJournal(target.core, file);
    const before = rowCounts(target.core);
    expect(importJournal(target.core, file).routines).toEqual({ added: 0, alreadyThere: 2 });
    expect(rowCounts(target.core)).toEqual(before);
  });

  it('brings back a routine deleted since the export, as the file has it', () => {
    const source = withRoutines();
    const file = exported(source);
    const [first] = source.core.routines.list();
    source.core.routines.remove(first!.id);
    expect(importJournal(source.core, file).routines).toEqual({ added: 1, alreadyThere: 1 });
    expect(source.core.routines.get(first!.id)).toEqual(first);
  });

  it('gives an imported routine a new id when another routine here has its id, and still adds it only once', () => {
    const file = exported(withRoutines());
    const [stretchId, copyId] = file.routines.map((r) => r.id);
    const target = fresh();
    importJournal(target.core, { ...file, routines: [{ ...file.routines[0]!, createdAt: file.routines[0]!.createdAt + 1, name: 'Someone else’s' }] });
    const idsByName = () => Object.fromEntries(target.core.routines.list().map((r) => [r.name, r.id]));

    expect(importJournal(target.core, file).routines).toEqual({ added: 2, alreadyThere: 0 });
    // The file's second routine keeps its id (`…-2`), so the first one, moved aside, skips it.
    expect(copyId).toBe(`${stretchId}-2`);
    expect(idsByName()).toEqual({ 'Someone else’s': stretchId, 'Morning stretch': `${stretchId}-3`, 'Desk warm-up (my copy)': copyId });

    expect(importJournal(target.core, file).routines).toEqual({ added: 0, alreadyThere: 2 });
    expect(Object.keys(idsByName())).toHaveLength(3);
  });

  it('imports a version-1 file, which has no routines', () => {
    const file = exported(fresh()) as Partial<JournalFile>;
    delete file.routines;
    const target = fresh();
    expect(importJournal(target.core, { ...file, version: 1 }).routines).toEqual({ added: 0, alreadyThere: 0 });
  });

  it('refuses a file with a bad routine or two routines with one id, naming them, and writes nothing', async () => {
    const target = fresh();
    target.core.routines.create(stretch, null);
    const before = rowCounts(target.core);
    const file = exported(withRoutines()) as unknown as { routines: Record<string, unknown>[] };
    const good = file.routines[0]!;

    const bad = { ...file, routines: [good, { ...good, id: 'mine-other', steps: [{ title: 'Too quick', seconds: 2 }] }] };
    const refused = await target.dispatch('data.importJson', { text: JSON.stringify(bad) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'routines.1.steps.0.seconds', message: 'must be 5 to 600 seconds' }] } });

    const twins = { ...file, routines: [good, { ...good, name: 'Twin' }] };
    const doubled = await target.dispatch('data.importJson', { text: JSON.stringify(twins) });
    expect(doubled).toMatchObject({ ok: false, error: { issues: [{ field: 'routines.1.id', message: 'is also the id of routines.0' }] } });

    expect(rowCounts(target.core)).toEqual(before);
  });

  it('refuses a file that would take the person past 100 routines, writing nothing; what is already here counts once', async () => {
    const source = fresh();
    const step = { title: 'Rolls', text: '', seconds: 30, reps: null, illustration: null };
    for (let i = 0; i < 60; i++) source.core.routines.create({ ...stretch, name: `Stretch ${i}`, steps: [step] }, null);
    const file = exported(source);
    expect(importJournal(source.core, file).routines).toEqual({ added: 0, alreadyThere: 60 });

    const target = fresh(NOV_25_2026 + 86_400_000);
    for (let i = 0; i < 41; i++) target.core.routines.create({ ...stretch, name: `Mine ${i}`, steps: [step] }, null);
    const before = rowCounts(target.core);
    const refused = await target.dispatch('data.importJson', { text: JSON.stringify(file) });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: 'The file was not imported, nothing was changed: it would make 101 routines of your own, and Limber keeps at most 100.', issues: [{ field: 'routines' }] },
    });
    expect(rowCounts(target.core)).toEqual(before);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insights } from '../../../electron/core/insights/insights';
import { timelinePage } from '../../../electron/core/journal/timeline-query';
import { coreForEachTest, makeTestCore, NOV_25_2026, type TestCore } from '../../support/test-core';

const HOUR = 3_600_000;

describe('supplements', () => {
  const ctx = coreForEachTest();

  it('keeps a list, with the usual dose used when a dose is logged without one', () => {
    const magnesium = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
    const dose = ctx.t.core.supplements.take({ supplementId: magnesium.id, startedAt: NOV_25_2026, timeZone: 'Europe/London', note: '' });
    expect(dose).toMatchObject({ supplementName: 'Magnesium', dose: '200 mg', startedAt: NOV_25_2026 });
    expect(ctx.t.core.supplements.take({ supplementId: magnesium.id, startedAt: NOV_25_2026 + HOUR, timeZone: 'UTC', dose: '100 mg', note: '' }).dose).toBe('100 mg');
  });

  it('lists the most recently taken first, so the usual one is one tap away', () => {
    const b = ctx.t.core.supplements.addSupplement({ name: 'Vitamin B', defaultDose: '' });
    const m = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '' });
    ctx.t.core.supplements.take({ supplementId: b.id, startedAt: NOV_25_2026 - 24 * HOUR, timeZone: 'UTC', note: '' });
    expect(ctx.t.core.supplements.listSupplements().map((s) => [s.name, s.lastTakenAt])).toEqual([
      ['Vitamin B', NOV_25_2026 - 24 * HOUR],
      ['Magnesium', null],
    ]);
    ctx.t.core.supplements.take({ supplementId: m.id, startedAt: NOV_25_2026, timeZone: 'UTC', note: '' });
    expect(ctx.t.core.supplements.listSupplements()[0]!.name).toBe('Magnesium');
  });

  it('refuses the same name twice (any case), and archives without losing doses', async () => {
    const m = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '' });
    expect(await ctx.t.dispatch('journal.addSupplement', { name: 'magnesium' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ field: 'name', message: 'is already on your list' }] },
    });
    ctx.t.core.supplements.take({ supplementId: m.id, startedAt: NOV_25_2026, timeZone: 'UTC', note: '' });
    ctx.t.core.supplements.archiveSupplement(m.id);
    expect(ctx.t.core.supplements.listSupplements()).toEqual([]);
    expect(ctx.t.core.supplements.list({ limit: 10 }).items).toHaveLength(1);
    expect(() => ctx.t.core.supplements.take({ supplementId: m.id, startedAt: NOV_25_2026, timeZone: 'UTC', note: '' })).toThrowError(/not on your list/);
  });
});

describe('medications', () => {
  const ctx = coreForEachTest();

  it('keep a list of their own beside supplements, sharing the dose journal, each dose saying which it is', () => {
    const magnesium = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
    const ibuprofen = ctx.t.core.supplements.addSupplement({ name: 'Ibuprofen', defaultDose: '400 mg', kind: 'medication' });
    expect(ctx.t.core.supplements.listSupplements().map((s) => s.name)).toEqual(['Magnesium']);
    expect(ctx.t.core.supplements.listSupplements('medication')).toMatchObject([{ name: 'Ibuprofen', kind: 'medication', defaultDose: '400 mg' }]);
    ctx.t.core.supplements.take({ supplementId: magnesium.id, startedAt: NOV_25_2026, timeZone: 'UTC', note: '' });
    const dose = ctx.t.core.supplements.take({ supplementId: ibuprofen.id, startedAt: NOV_25_2026 + HOUR, timeZone: 'UTC', note: '' });
    expect(dose).toMatchObject({ supplementName: 'Ibuprofen', kind: 'medication', dose: '400 mg' });
    expect(ctx.t.core.supplements.list({ limit: 5 }).items.map((d) => [d.supplementName, d.kind])).toEqual([
      ['Ibuprofen', 'medication'],
      ['Magnesium', 'supplement'],
    ]);
  });
});

describe('food', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  it('logs food with the article’s tags, deletes and restores', () => {
    const lunch = t.core.food.add({ startedAt: NOV_25_2026, timeZone: 'UTC', tags: ['vegetables', 'whole-grains'], note: 'Soup' });
    expect(t.core.food.list({ limit: 5 }).items).toEqual([lunch]);
    t.core.food.remove(lunch.id);
    expect(t.core.food.list({ limit: 5 }).items).toEqual([]);
    expect(t.core.food.restore(lunch.id)).toEqual(lunch);
  });

  it('needs a tag or a note, and refuses unknown or repeated tags', async () => {
    const base = { startedAt: NOV_25_2026, timeZone: 'UTC' };
    expect(await t.dispatch('journal.addFood', base)).toMatchObject({ ok: false, error: { issues: [{ field: 'tags', message: 'must have a tag or a note' }] } });
    expect(await t.dispatch('journal.addFood', { ...base, tags: ['pizza'] })).toMatchObject({ ok: false, error: { issues: [{ field: 'tags.0' }] } });
    expect(await t.dispatch('journal.addFood', { ...base, tags: ['nuts', 'nuts'] })).toMatchObject({ ok: false, error: { issues: [{ field: 'tags', message: 'must not repeat a tag' }] } });
    expect(t.core.food.list({ limit: 5 }).items).toEqual([]);
  });
});

describe('daily check-ins', () => {
  const ctx = coreForEachTest();

  it('keeps one per day: saving the same day again edits it', () => {
    const first = ctx.t.core.checkIns.save({ day: '2026-11-25', timeZone: 'Europe/London', pain: 5, stiffness: 6, sleep: 4, note: '' });
    ctx.clock.advance(HOUR);
    const edited = ctx.t.core.checkIns.save({ day: '2026-11-25', timeZone: 'Europe/London', pain: 3, stiffness: 6, sleep: 4, note: 'better' });
    expect(edited).toEqual({ ...first, pain: 3, note: 'better', updatedAt: NOV_25_2026 + HOUR });
    ctx.t.core.checkIns.save({ day: '2026-11-24', timeZone: 'Europe/London', pain: 7, stiffness: 7, sleep: 2, note: '' });
    expect(ctx.t.core.checkIns.list(undefined, 10).map((c) => [c.day, c.pain])).toEqual([
      ['2026-11-25', 3],
      ['2026-11-24', 7],
    ]);
    expect(ctx.t.core.checkIns.list('2026-11-25', 10)).toHaveLength(1);
    expect(ctx.t.core.checkIns.get('2026-11-23')).toBeNull();
  });

  it('deletes from every list with undo; saving the day again afterwards starts a fresh check-in', () => {
    const day = { day: '2026-11-25', timeZone: 'Europe/London' };
    const first = ctx.t.core.checkIns.save({ ...day, pain: 8, stiffness: 6, sleep: 4, note: 'numb legs' });
    ctx.t.core.checkIns.remove(first.id);
    expect(ctx.t.core.checkIns.get('2026-11-25')).toBeNull();
    expect(ctx.t.core.checkIns.list(undefined, 10)).toEqual([]);
    expect(timelinePage(ctx.t.core, { limit: 10 }).items).toEqual([]);
    expect(insights(ctx.t.core.db, { range: '4-weeks', today: '2026-11-25' }).redFlags.mentions).toEqual([]);
    expect(ctx.t.core.checkIns.restore(first.id)).toEqual(first);
    expect(() => ctx.t.core.checkIns.restore(first.id)).toThrowError(/nothing to undo/);

    ctx.t.core.checkIns.remove(first.id);
    ctx.clock.advance(HOUR);
    const fresh = ctx.t.core.checkIns.save({ ...day, pain: 2, stiffness: 2, sleep: 8, note: '' });
    expect(fresh).toMatchObject({ pain: 2, note: '', createdAt: NOV_25_2026 + HOUR });
    expect(() => ctx.t.core.checkIns.restore(first.id)).toThrowError(/nothing to undo/);
    expect(() => ctx.t.core.checkIns.remove(999)).toThrowError(/Check-in 999 does not exist/);
  });
});

describe('editing any entry', () => {
  const ctx = coreForEachTest();

  it('changes only what an edit names, for activities, doses and food', async () => {
    const walk = ctx.t.core.activities.add({ startedAt: NOV_25_2026, timeZone: 'UTC', kind: 'walk', minutes: 20, note: 'park' });
    const m = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
    const dose = ctx.t.core.supplements.take({ supplementId: m.id, startedAt: NOV_25_2026, timeZone: 'UTC', note: '' });
    const meal = ctx.t.core.food.add({ startedAt: NOV_25_2026, timeZone: 'UTC', tags: ['berries'], note: 'breakfast' });
    ctx.clock.advance(HOUR);
    expect(await ctx.t.dispatch('journal.updateActivity', { id: walk.id, patch: { minutes: 35 } })).toMatchObject({ ok: true, value: { ...walk, minutes: 35, updatedAt: NOV_25_2026 + HOUR } });
    expect(await ctx.t.dispatch('journal.updateSupplementDose', { id: dose.id, patch: { dose: '100 mg' } })).toMatchObject({ ok: true, value: { ...dose, dose: '100 mg', updatedAt: NOV_25_2026 + HOUR } });
    expect(await ctx.t.dispatch('journal.updateFood', { id: meal.id, patch: { tags: ['nuts', 'berries'] } })).toMatchObject({ ok: true, value: { ...meal, tags: ['nuts', 'berries'], note: 'breakfast', updatedAt: NOV_25_2026 + HOUR } });
  });

  it('refuses an edit that would leave a food entry empty, changing nothing', async () => {
    const snack = ctx.t.core.food.add({ startedAt: NOV_25_2026, timeZone: 'UTC', tags: [], note: 'crisps' });
    expect(await ctx.t.dispatch('journal.updateFood', { id: snack.id, patch: { note: '' } })).toMatchObject({ ok: false, error: { issues: [{ field: 'patch.tags' }] } });
    expect(ctx.t.core.food.get(snack.id)).toEqual(snack);
  });
});

import { describe, expect, it } from 'vitest';
import { UNDO_WINDOW_MS } from '../../../electron/core/journal/bin';
import { timelinePage } from '../../../electron/core/journal/timeline-query';
import { coreForEachTest, rowCounts } from '../../support/test-core';
import { mattressAndStress } from '../../support/check-in-factors';

const day = { day: '2026-11-25', timeZone: 'Europe/London', pain: 4, stiffness: 5, sleep: 6, note: '' };

describe('check-in factors: the person’s own list', () => {
  const ctx = coreForEachTest();
  const define = (factors: unknown) => ctx.t.dispatch('settings.setCheckInFactors', { factors });
  const asked = () => ctx.t.core.checkInFactors.all().filter((f) => !f.archived);

  it('are saved in order with ids made for them, and come back with the settings', async () => {
    const reply = await define([
      { name: '  Slept on the new mattress ', type: 'yes-no' },
      { name: 'Stress', type: 'scale' },
    ]);
    expect(reply).toMatchObject({ ok: true, value: { checkInFactors: [{ name: 'Slept on the new mattress', type: 'yes-no', archived: false }, { name: 'Stress', type: 'scale', archived: false }] } });
    const [mattress, stress] = asked();
    expect(mattress!.id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(mattress!.id).not.toBe(stress!.id);
  });

  it('refuses a bad list field by field, saving nothing', async () => {
    await define([{ name: 'Stress', type: 'scale' }]);
    const before = ctx.t.core.checkInFactors.all();
    expect(await define([{ name: '', type: 'scale' }, { name: 'x'.repeat(41), type: 'scale' }, { name: 'Noise', type: 'stars' }])).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        issues: [
          { field: 'factors.0.name', message: 'must not be empty' },
          { field: 'factors.1.name', message: 'must be at most 40 characters' },
          { field: 'factors.2.type', message: 'must be one of "yes-no", "scale"' },
        ],
      },
    });
    expect(await define([{ name: 'Stress', type: 'scale' }, { name: 'Noise', type: 'scale' }, { name: ' STRESS', type: 'yes-no' }])).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'factors.2.name', message: 'is already the name of another factor' }] },
    });
    expect(await define(Array.from({ length: 9 }, (_, i) => ({ name: `Factor ${i}`, type: 'scale' })))).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'factors', message: 'must have at most 8 factors' }] },
    });
    expect(ctx.t.core.checkInFactors.all()).toEqual(before);
  });

  it('refuses an id it never made, and a saved factor changing type, in words', async () => {
    await define([{ name: 'Stress', type: 'scale' }]);
    const [stress] = asked();
    expect(await define([{ id: 'made-up', name: 'Noise', type: 'scale' }])).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'factors.0.id', message: 'is not one of your check-in factors' }] },
    });
    expect(await define([{ id: stress!.id, name: 'Stress', type: 'yes-no' }])).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^The check-in factors were not saved: factors\.0\.type cannot change once saved/) },
    });
    expect(asked()).toEqual([stress]);
  });

  it('keeps answers through a rename, and after removal (archived, no longer asked); adding the name back brings them back', async () => {
    await define([{ name: 'Stress', type: 'scale' }, { name: 'Mattress', type: 'yes-no' }]);
    const [stress, mattress] = asked();
    ctx.t.core.checkIns.save({ ...day, factors: { [stress!.id]: 7, [mattress!.id]: 1 } });

    await define([{ id: stress!.id, name: 'Work stress', type: 'scale' }, { id: mattress!.id, name: 'Mattress', type: 'yes-no' }]);
    expect(ctx.t.core.checkIns.get(day.day)!.factors).toEqual({ [stress!.id]: 7, [mattress!.id]: 1 });

    await define([{ id: mattress!.id, name: 'Mattress', type: 'yes-no' }]);
    expect(asked().map((f) => f.name)).toEqual(['Mattress']);
    expect(ctx.t.core.checkInFactors.all().find((f) => f.id === stress!.id)).toMatchObject({ name: 'Work stress', archived: true });
    expect(ctx.t.core.checkIns.get(day.day)!.factors[stress!.id]).toBe(7);

    // The same name as another type is a new factor; the same name and type is the old one back.
    const kept = { id: mattress!.id, name: 'Mattress', type: 'yes-no' };
    await define([kept, { name: 'work stress', type: 'yes-no' }]);
    expect(asked()[1]!.id).not.toBe(stress!.id);
    await define([kept, { name: 'work stress', type: 'scale' }]);
    expect(asked()[1]).toEqual({ id: stress!.id, name: 'work stress', type: 'scale', archived: false });
  });
});

describe('check-in answers', () => {
  const ctx = coreForEachTest();
  const factors = () => mattressAndStress(ctx.t.core, 'Mattress');

  it('are saved with the check-in and read back with it, on the timeline too; unanswered is not recorded', () => {
    const { mattress, stress } = factors();
    const saved = ctx.t.core.checkIns.save({ ...day, factors: { [mattress]: 0 } });
    expect(saved.factors).toEqual({ [mattress]: 0 });
    expect(ctx.t.core.db.prepare('SELECT count(*) FROM check_in_factor_values').pluck().get()).toBe(1);
    ctx.t.core.checkIns.save({ ...day, factors: { [stress]: 10 } });
    expect(ctx.t.core.checkIns.get(day.day)!.factors).toEqual({ [stress]: 10 });
    expect(timelinePage(ctx.t.core, { limit: 5 }).items).toMatchObject([{ kind: 'check-in', entry: { factors: { [stress]: 10 } } }]);
    // A caller that does not know about factors leaves the answers as they are.
    ctx.t.core.checkIns.save({ ...day, pain: 2 });
    expect(ctx.t.core.checkIns.get(day.day)).toMatchObject({ pain: 2, factors: { [stress]: 10 } });
  });

  it('refuses an answer to an unknown factor, or a yes/no answered 2, and writes nothing', async () => {
    const { mattress } = factors();
    ctx.t.core.checkIns.save(day);
    const before = { counts: rowCounts(ctx.t.core), checkIn: ctx.t.core.checkIns.get(day.day) };
    expect(await ctx.t.dispatch('journal.saveCheckIn', { ...day, pain: 9, factors: { 'no-such-factor': 3 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ field: 'factors.no-such-factor', message: 'is not one of your check-in factors' }] },
    });
    expect(await ctx.t.dispatch('journal.saveCheckIn', { ...day, pain: 9, factors: { [mattress]: 2 } })).toMatchObject({
      ok: false,
      error: { message: `The check-in was not saved: factors.${mattress} must be 1 (yes) or 0 (no) for “Mattress”.` },
    });
    expect(await ctx.t.dispatch('journal.saveCheckIn', { ...day, factors: { [mattress]: 11 } })).toMatchObject({
      ok: false,
      error: { issues: [{ field: `factors.${mattress}`, message: 'must be 0 to 10' }] },
    });
    expect({ counts: rowCounts(ctx.t.core), checkIn: ctx.t.core.checkIns.get(day.day) }).toEqual(before);
  });

  it('stay with a check-in in the bin and come back with Undo; a day saved again after a delete starts afresh; purging removes them', () => {
    const { mattress, stress } = factors();
    const first = ctx.t.core.checkIns.save({ ...day, factors: { [mattress]: 1, [stress]: 3 } });
    ctx.t.core.checkIns.remove(first.id);
    expect(ctx.t.core.checkIns.restore(first.id).factors).toEqual({ [mattress]: 1, [stress]: 3 });

    ctx.t.core.checkIns.remove(first.id);
    expect(ctx.t.core.checkIns.save(day).factors).toEqual({});

    ctx.t.core.checkIns.save({ ...day, day: '2026-11-24', factors: { [stress]: 8 } });
    ctx.t.core.checkIns.remove(ctx.t.core.checkIns.get('2026-11-24')!.id);
    ctx.clock.advance(UNDO_WINDOW_MS + 1);
    expect(ctx.t.core.checkIns.purgeDeleted()).toBe(1);
    expect(ctx.t.core.db.prepare('SELECT count(*) FROM check_in_factor_values').pluck().get()).toBe(0);
  });
});

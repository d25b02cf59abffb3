import { describe, expect, it } from 'vitest';
import { bundledAdviceContent } from '../../../electron/core/advice/bundled-content';
import { UNDO_WINDOW_MS } from '../../../electron/core/journal/bin';
import type { OwnRoutine } from '../../../electron/core/routines/own-routine';
import { ILLUSTRATION_IDS } from '../../../electron/core/routines/illustrations';
import { ROUTINE_LIMITS } from '../../../electron/core/routines/routine-vocabulary';
import type { RoutineDetail, RoutineSummary } from '../../../electron/core/routines/routine-views';
import { coreForEachTest, rowCounts } from '../../support/test-core';

const builtIns = bundledAdviceContent().routines;
const byKind = (kind: string) => builtIns.find((r) => r.kind === kind)!;

const morning = {
  name: 'Morning stretch',
  activity: 'yoga',
  steps: [
    { title: 'Shoulder rolls', text: 'Slowly backwards.', seconds: 30, illustration: ILLUSTRATION_IDS[0] },
    { title: 'Heel raises', reps: 10 },
  ],
};

describe('the person’s routines', () => {
  const ctx = coreForEachTest();
  /** Calls a channel and answers its value, failing the test on a refusal. */
  async function call<T>(channel: string, input: unknown): Promise<T> {
    const reply = await ctx.t.dispatch(channel, input);
    if (!reply.ok) throw new Error(`${channel} refused: ${reply.error.message}`);
    return reply.value as T;
  }

  it('saves a new routine with timed and counted steps, lists it after the built-ins and reads it back', async () => {
    const saved = await call<OwnRoutine>('routines.save', morning);
    expect(saved).toEqual({
      id: expect.stringMatching(/^mine-[a-z0-9]+$/),
      name: 'Morning stretch',
      activity: 'yoga',
      steps: [
        { title: 'Shoulder rolls', text: 'Slowly backwards.', seconds: 30, reps: null, illustration: ILLUSTRATION_IDS[0] },
        { title: 'Heel raises', text: '', seconds: null, reps: 10, illustration: null },
      ],
      basedOn: null,
      createdAt: ctx.clock.now(),
      updatedAt: ctx.clock.now(),
    });
    const list = await call<RoutineSummary[]>('routines.list', {});
    expect(list.map((r) => [r.id, r.builtIn])).toEqual([...builtIns.map((r) => [r.id, true]), [saved.id, false]]);
    expect(list.at(-1)).toEqual({ id: saved.id, name: 'Morning stretch', builtIn: false, basedOn: null, summary: null, stepCount: 2 });
    expect(await call<RoutineDetail>('routines.get', { id: saved.id })).toEqual({ builtIn: false, routine: saved });
  });

  it('keeps at most 100 of the person’s routines: the next, made or copied, is refused in words; a deleted one makes room', async () => {
    for (let i = 0; i < ROUTINE_LIMITS.count; i++) ctx.t.core.routines.create({ ...morning, activity: 'yoga', name: `Stretch ${i}`, steps: [{ title: 'Rolls', text: '', seconds: 30, reps: null, illustration: null }] }, null);
    const before = rowCounts(ctx.t.core);
    for (const [channel, input] of [['routines.save', morning], ['routines.copy', { id: 'desk-warm-up' }]] as const) {
      expect(await ctx.t.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Limber keeps at most 100 routines of your own: delete one first.' } });
    }
    expect(rowCounts(ctx.t.core)).toEqual(before);
    await call('routines.delete', { id: ctx.t.core.routines.list()[0]!.id });
    expect(await call<OwnRoutine>('routines.save', morning)).toMatchObject({ name: 'Morning stretch' });
  });

  it('changes a routine in place, keeping its id and creation time', async () => {
    const saved = await call<OwnRoutine>('routines.save', morning);
    ctx.clock.advance(60_000);
    const changed = await call<OwnRoutine>('routines.save', { ...morning, id: saved.id, name: 'Evening stretch', steps: [morning.steps[1]] });
    expect(changed).toMatchObject({ id: saved.id, name: 'Evening stretch', steps: [{ title: 'Heel raises', reps: 10 }], createdAt: saved.createdAt, updatedAt: saved.createdAt + 60_000 });
    expect(ctx.t.core.routines.list()).toEqual([changed]);
  });

  it('gives two routines made in the same millisecond different ids', async () => {
    const a = await call<OwnRoutine>('routines.save', morning);
    const b = await call<OwnRoutine>('routines.save', { ...morning, name: 'Evening stretch' });
    expect(b.id).toBe(`${a.id}-2`);
  });

  it('keeps names apart: a name another routine has is refused, a copy or an undo takes the next free one', async () => {
    const first = await call<OwnRoutine>('routines.save', morning);
    for (const name of ['MORNING STRETCH', 'Desk warm-up']) {
      const reply = await ctx.t.dispatch('routines.save', { ...morning, name });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'name', message: 'is already the name of another routine' }] } });
    }
    expect(await ctx.t.dispatch('routines.save', { ...morning, id: first.id, activity: 'walk' })).toMatchObject({ ok: true });

    const copies = [await call<OwnRoutine>('routines.copy', { id: 'desk-warm-up' }), await call<OwnRoutine>('routines.copy', { id: 'desk-warm-up' })];
    expect(copies.map((c) => c.name)).toEqual(['Desk warm-up (my copy)', 'Desk warm-up (my copy) 2']);

    await call('routines.delete', { id: first.id });
    await call<OwnRoutine>('routines.save', morning);
    expect(await call<OwnRoutine>('routines.restore', { id: first.id })).toMatchObject({ id: first.id, name: 'Morning stretch 2' });
  });

  it.each([
    ['an empty name', { ...morning, name: '  ' }, 'name', 'must not be empty'],
    ['a name over 60 characters', { ...morning, name: 'x'.repeat(61) }, 'name', 'must be at most 60 characters'],
    ['no steps', { ...morning, steps: [] }, 'steps', 'must have at least one step'],
    ['31 steps', { ...morning, steps: Array.from({ length: 31 }, () => morning.steps[1]) }, 'steps', 'must have at most 30 steps'],
    ['a step without a title', { ...morning, steps: [{ title: '', seconds: 30 }] }, 'steps.0.title', 'must not be empty'],
    ['a title over 80 characters', { ...morning, steps: [{ title: 'x'.repeat(81), seconds: 30 }] }, 'steps.0.title', 'must be at most 80 characters'],
    ['text over 400 characters', { ...morning, steps: [{ title: 'x', text: 'y'.repeat(401), seconds: 30 }] }, 'steps.0.text', 'must be at most 400 characters'],
    ['4 seconds', { ...morning, steps: [{ title: 'x', seconds: 4 }] }, 'steps.0.seconds', 'must be 5 to 600 seconds'],
    ['601 seconds', { ...morning, steps: [{ title: 'x', seconds: 601 }] }, 'steps.0.seconds', 'must be 5 to 600 seconds'],
    ['10.5 seconds', { ...morning, steps: [{ title: 'x', seconds: 10.5 }] }, 'steps.0.seconds', 'must be a whole number of seconds'],
    ['2.5 repetitions', { ...morning, steps: [{ title: 'x', reps: 2.5 }] }, 'steps.0.reps', 'must be a whole number of times'],
    ['101 repetitions', { ...morning, steps: [{ title: 'x', reps: 101 }] }, 'steps.0.reps', 'must be 1 to 100 times'],
    ['neither time nor repetitions', { ...morning, steps: [{ title: 'x' }] }, 'steps.0.seconds', 'must be given, or a number of repetitions instead'],
    ['both time and repetitions', { ...morning, steps: [{ title: 'x', seconds: 30, reps: 3 }] }, 'steps.0.reps', 'must be left out of a timed step: a step is timed or counted, not both'],
    ['an illustration not in the library', { ...morning, steps: [{ title: 'x', seconds: 30, illustration: 'no-such-picture' }] }, 'steps.0.illustration', expect.stringMatching(/illustration|must be one of/)],
  ])('refuses %s, naming the field, and writes nothing', async (_, input, field, message) => {
    const before = rowCounts(ctx.t.core);
    const reply = await ctx.t.dispatch('routines.save', input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!reply.ok) expect(reply.error.issues).toContainEqual({ field, message });
    expect(rowCounts(ctx.t.core)).toEqual(before);
  });

  it('keeps built-in routines read-only: saving or deleting one is refused in words', async () => {
    const save = await ctx.t.dispatch('routines.save', { ...morning, id: 'desk-warm-up' });
    expect(save).toMatchObject({ ok: false, error: { issues: [{ field: 'id', message: 'must be one of your routines (its id starts with mine-)' }] } });
    const remove = await ctx.t.dispatch('routines.delete', { id: 'desk-warm-up' });
    expect(remove).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const missing = await ctx.t.dispatch('routines.save', { ...morning, id: 'mine-nothere' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no routine called "mine-nothere": it does not exist or was deleted.' } });
  });

  it('copies every built-in routine into one the editor can save, naming what it came from', async () => {
    for (const builtIn of builtIns) {
      const copy = await call<OwnRoutine>('routines.copy', { id: builtIn.id });
      expect(copy).toMatchObject({ name: `${builtIn.title} (my copy)`, basedOn: builtIn.id });
      const { id, name, activity, steps } = copy;
      expect(await ctx.t.dispatch('routines.save', { id, name, activity, steps })).toMatchObject({ ok: true });
    }
    expect(await call<RoutineDetail>('routines.get', { id: 'desk-warm-up' })).toEqual({ builtIn: true, routine: byKind('warm-up') });
  });

  it('copies a warm-up step by step, ticked items as done once, and the breathing pair as breaths', async () => {
    const warmUp = await call<OwnRoutine>('routines.copy', { id: byKind('warm-up').id });
    expect(warmUp.activity).toBe('warm-up');
    expect(warmUp.steps.map((s) => [s.title, s.seconds])).toEqual(byKind('warm-up').steps.map((s) => [s.title, s.seconds]));
    const checklist = await call<OwnRoutine>('routines.copy', { id: byKind('checklist').id });
    expect(checklist.steps.every((s) => s.reps === 1 && s.seconds === null)).toBe(true);
    const breathing = await call<OwnRoutine>('routines.copy', { id: byKind('breathing').id });
    expect(breathing.steps.map((s) => [s.title, s.seconds, s.reps])).toEqual([
      ['Settle', 20, null],
      ['Breathe in and out', null, 6],
      ['Finish', 10, null],
    ]);
  });

  it('copies one of the person’s routines, keeping the built-in it came from', async () => {
    const copy = await call<OwnRoutine>('routines.copy', { id: 'desk-warm-up' });
    const again = await call<OwnRoutine>('routines.copy', { id: copy.id });
    expect(again).toMatchObject({ name: 'Desk warm-up (my copy) (copy)', basedOn: 'desk-warm-up', steps: copy.steps });
    expect(again.id).not.toBe(copy.id);
    const unknown = await ctx.t.dispatch('routines.copy', { id: 'no-such-routine' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no routine called "no-such-routine".' } });
  });

  it('deletes with undo, and purges after the undo window', async () => {
    const saved = await call<OwnRoutine>('routines.save', morning);
    expect(await call('routines.delete', { id: saved.id })).toEqual({ id: saved.id, deletedAt: ctx.clock.now() });
    expect((await call<RoutineSummary[]>('routines.list', {})).map((r) => r.id)).not.toContain(saved.id);
    expect(await ctx.t.dispatch('routines.get', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('routines.restore', { id: saved.id })).toEqual(saved);
    expect(ctx.t.core.routines.list()).toEqual([saved]);

    await call('routines.delete', { id: saved.id });
    ctx.clock.advance(UNDO_WINDOW_MS + 1);
    expect(ctx.t.core.routines.purgeDeleted()).toBe(1);
    expect(await ctx.t.dispatch('routines.restore', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('a routine damaged on disk hides neither the others nor its readable steps', async () => {
    const good = await call<OwnRoutine>('routines.save', morning);
    const bad = await call<OwnRoutine>('routines.save', { ...morning, name: 'Damaged' });
    const lost = await call<OwnRoutine>('routines.save', { ...morning, name: 'Lost' });
    const { db } = ctx.t.core;
    const steps = JSON.parse(db.prepare('SELECT steps FROM routines WHERE id = ?').pluck().get(bad.id) as string) as object[];
    db.prepare("UPDATE routines SET steps = ?, activity = 'juggling' WHERE id = ?").run(JSON.stringify([steps[0], { title: 42 }]), bad.id);
    db.pragma('ignore_check_constraints = ON');
    db.prepare('UPDATE routines SET steps = ? WHERE id = ?').run('[{"title":"Sh', lost.id);
    db.pragma('ignore_check_constraints = OFF');

    const list = await call<RoutineSummary[]>('routines.list', {});
    expect(list.filter((r) => !r.builtIn).map((r) => [r.name, r.stepCount, r.unreadable])).toEqual([
      ['Morning stretch', 2, undefined],
      ['Damaged', 1, ['steps', 'activity']],
      ['Lost', 0, ['steps']],
    ]);
    expect(await call<RoutineDetail>('routines.get', { id: bad.id })).toMatchObject({ routine: { activity: 'other', steps: [morning.steps[0]], unreadable: ['steps', 'activity'] } });
    expect(await call<RoutineDetail>('routines.get', { id: good.id })).toEqual({ builtIn: false, routine: good });
    expect(await ctx.t.dispatch('routines.copy', { id: lost.id })).toMatchObject({ ok: false, error: { message: 'The steps of "Lost" could not be read, so there is nothing to copy.' } });
  });
});

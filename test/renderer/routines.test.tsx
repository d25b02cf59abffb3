import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledAdviceContent } from '../../electron/core/advice/bundled-content';
import { RoutinesPage } from '../../renderer/pages/RoutinesPage';
import { planRoutine, type PlannedStep } from '../../renderer/routines/plan';
import { reduce, type TimerState } from '../../renderer/routines/use-routine-timer';
import { renderWithCore } from './render-with-core';

const routines = bundledAdviceContent().routines;
const byKind = (kind: string) => routines.find((r) => r.kind === kind)!;

describe('planning a routine', () => {
  it('repeats the breathing phases at the chosen pace', () => {
    const steps = planRoutine(byKind('breathing'), { inhaleSeconds: 3, exhaleSeconds: 5, cycles: 2 });
    expect(steps.map((s) => [s.phase ?? s.key, s.seconds])).toEqual([
      ['settle', byKind('breathing').steps[0]!.seconds],
      ['inhale', 3],
      ['exhale', 5],
      ['inhale', 3],
      ['exhale', 5],
      ['finish', byKind('breathing').steps.at(-1)!.seconds],
    ]);
  });

  it('runs a warm-up as written', () => {
    expect(planRoutine(byKind('warm-up')).map((s) => s.seconds)).toEqual(byKind('warm-up').steps.map((s) => s.seconds));
  });
});

describe('the routine timer', () => {
  const steps: PlannedStep[] = [
    { key: 'a', title: 'A', instruction: '', seconds: 2, reps: null },
    { key: 'b', title: 'B', instruction: '', seconds: 3, reps: null },
  ];
  const run = (actions: Parameters<typeof reduce>[2][]) =>
    actions.reduce<TimerState>((s, a) => reduce(steps, s, a), { index: 0, remaining: 2, running: false, elapsed: 0, completed: 0, skipped: 0, done: false });

  it('counts only while running', () => {
    expect(run([{ type: 'tick' }])).toMatchObject({ remaining: 2, elapsed: 0 });
    expect(run([{ type: 'play' }, { type: 'tick' }, { type: 'pause' }, { type: 'tick' }])).toMatchObject({ remaining: 1, elapsed: 1 });
  });

  it('moves to the next step when one runs out, and finishes after the last', () => {
    expect(run([{ type: 'play' }, { type: 'tick' }, { type: 'tick' }])).toMatchObject({ index: 1, remaining: 3 });
    const ticks = Array.from({ length: 5 }, () => ({ type: 'tick' as const }));
    expect(run([{ type: 'play' }, ...ticks])).toMatchObject({ done: true, elapsed: 5, running: false, completed: 2, skipped: 0 });
  });

  it('waits on a counted step until it is done, counting its time but not down', () => {
    const counted: PlannedStep[] = [{ key: 'c', title: 'C', instruction: '', seconds: 0, reps: 10 }, steps[0]!];
    const start: TimerState = { index: 0, remaining: 0, running: false, elapsed: 0, completed: 0, skipped: 0, done: false };
    const run = (actions: Parameters<typeof reduce>[2][]) => actions.reduce<TimerState>((s, a) => reduce(counted, s, a), start);
    expect(run([{ type: 'play' }, { type: 'tick' }, { type: 'tick' }, { type: 'tick' }])).toMatchObject({ index: 0, elapsed: 3, completed: 0 });
    // Done without Start: the step was done, and the clock runs on into the timed step.
    expect(run([{ type: 'done' }])).toMatchObject({ index: 1, remaining: 2, running: true, completed: 1 });
    expect(run([{ type: 'done' }, { type: 'done' }])).toMatchObject({ index: 1, completed: 1 });
  });

  it('skips without counting the skipped time', () => {
    expect(run([{ type: 'skip' }, { type: 'skip' }])).toMatchObject({ done: true, elapsed: 0, completed: 0, skipped: 2 });
    expect(run([{ type: 'play' }, { type: 'tick' }, { type: 'skip' }, { type: 'tick' }, { type: 'tick' }, { type: 'tick' }])).toMatchObject({ done: true, elapsed: 4, completed: 1, skipped: 1 });
  });
});

describe('Routines page', () => {
  afterEach(() => vi.useRealTimers());
  const tick = (seconds: number) => act(() => vi.advanceTimersByTimeAsync(seconds * 1000));

  /** Opens a routine and waits for it to load (with real timers: Testing Library polls on them). */
  async function openRoutine(id: string) {
    const rendered = renderWithCore(<RoutinesPage id={id} />);
    await screen.findByRole('heading', { level: 1 });
    return rendered;
  }

  /**
   * From here the countdown's timers are fake and clicks are synchronous (user-event and findBy
   * wait on real timers). Switch back with vi.useRealTimers() before awaiting results.
   */
  const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
  const fakeTimers = () => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });

  it('runs the warm-up to the end and logs it in the journal', async () => {
    const warmUp = byKind('warm-up');
    const total = warmUp.steps.reduce((sum, s) => sum + s.seconds, 0);
    const { core } = await openRoutine(warmUp.id);
    fakeTimers();
    press('Start');
    expect(screen.getByRole('heading', { level: 2, name: warmUp.steps[0]!.title })).toBeTruthy();

    await tick(warmUp.steps[0]!.seconds);
    expect(screen.getByRole('heading', { level: 2, name: warmUp.steps[1]!.title })).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');

    await tick(total - warmUp.steps[0]!.seconds);
    vi.useRealTimers();
    const n = warmUp.steps.length;
    expect(await screen.findByText(`Well done: ${warmUp.title} finished. ${n} of ${n} steps done.`)).toBeTruthy();
    const minutes = Math.max(1, Math.round(total / 60));
    expect(await screen.findByText(`Logged in your journal: Warm-up, ${minutes} min (${n} steps done).`)).toBeTruthy();
    expect(core.activities.list({ limit: 5 }).items).toMatchObject([{ kind: 'warm-up', minutes, note: `${warmUp.title} (${n} steps done)` }]);

    // The entry can be taken back from the last screen.
    fireEvent.click(screen.getByRole('button', { name: 'Undo: remove it from the journal' }));
    expect(await screen.findByText('Removed from your journal.')).toBeTruthy();
    expect(core.activities.list({ limit: 5 }).items).toEqual([]);
  });

  it('skipped through without starting: says so and logs nothing', async () => {
    const warmUp = byKind('warm-up');
    const { core } = await openRoutine(warmUp.id);
    for (const _ of warmUp.steps) press('Skip step');
    expect(await screen.findByText(`${warmUp.title}: every step skipped. 0 of ${warmUp.steps.length} steps done, ${warmUp.steps.length} skipped.`)).toBeTruthy();
    expect(await screen.findByText('Nothing was logged in your journal: no step was done.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    expect(core.activities.list({ limit: 5 }).items).toEqual([]);
  });

  it('partly done: logs the time spent and the steps done and skipped', async () => {
    const warmUp = byKind('warm-up');
    const { core } = await openRoutine(warmUp.id);
    fakeTimers();
    press('Start');
    await tick(warmUp.steps[0]!.seconds);
    for (const _ of warmUp.steps.slice(1)) press('Skip step');
    vi.useRealTimers();
    const skipped = warmUp.steps.length - 1;
    expect(await screen.findByText(`Logged in your journal: Warm-up, 1 min (1 step done, ${skipped} skipped).`)).toBeTruthy();
    expect(core.activities.list({ limit: 5 }).items).toMatchObject([{ kind: 'warm-up', minutes: 1, note: `${warmUp.title} (1 step done, ${skipped} skipped)` }]);
  });

  it('pauses, resumes and skips', async () => {
    // What a screen reader reads from the timer (the visible 0:25 is hidden from it).
    const left = () => screen.getByRole('timer').querySelector('.visually-hidden')!.textContent;
    const warmUp = byKind('warm-up');
    const first = warmUp.steps[0]!.seconds;
    await openRoutine(warmUp.id);
    fakeTimers();
    press('Start');
    await tick(3);
    expect(left()).toBe(`${first - 3} seconds left in this step`);
    press('Pause');
    await tick(10);
    expect(left()).toBe(`${first - 3} seconds left in this step`);
    press('Resume');
    await tick(1);
    expect(left()).toBe(`${first - 4} seconds left in this step`);
    press('Skip step');
    expect(screen.getByRole('heading', { level: 2, name: warmUp.steps[1]!.title })).toBeTruthy();
  });

  it('lets the breathing pace be set before starting', async () => {
    const breathing = byKind('breathing');
    const { user } = await openRoutine(breathing.id);
    const cycles = screen.getByLabelText('Breaths');
    await user.clear(cycles);
    await user.type(cycles, '3');
    expect(screen.getByText(/^Step 1 of 8, \d+ seconds$/)).toBeTruthy();
    fakeTimers();
    press('Start');
    expect(screen.queryByLabelText('Breaths')).toBeNull();
  });

  it('finishes the posture checklist once every item is ticked', async () => {
    const checklist = byKind('checklist');
    const { user, core } = await openRoutine(checklist.id);
    const finish = screen.getByRole('button', { name: 'Finish' });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(checklist.steps.length);
    for (const box of boxes.slice(1)) await user.click(box);
    expect((finish as HTMLButtonElement).disabled).toBe(true);
    await user.click(boxes[0]!);
    await user.click(finish);
    const n = checklist.steps.length;
    expect(await screen.findByText(`Logged in your journal: Other, 1 min (${n} steps done).`)).toBeTruthy();
    expect(core.activities.list({ limit: 5 }).items).toMatchObject([{ kind: 'other', note: `${checklist.title} (${n} steps done)` }]);
  });
});

describe('a routine that is not there', () => {
  it('says so in words, not by its id, and lists the routines there are', async () => {
    renderWithCore(<RoutinesPage id="mine-gone" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That routine is not in Limber any more: it may have been deleted. Here are the ones there are.');
    expect(await screen.findByRole('link', { name: 'Desk warm-up' })).toBeTruthy();
  });
});

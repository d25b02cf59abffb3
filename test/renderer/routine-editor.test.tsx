import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ILLUSTRATIONS } from '../../electron/api/page';
import { bundledAdviceContent } from '../../electron/core/advice/bundled-content';
import type { LimberCore } from '../../electron/core/limber-core';
import { App } from '../../renderer/App';
import { renderWithCore } from './render-with-core';

const warmUp = bundledAdviceContent().routines.find((r) => r.id === 'desk-warm-up')!;
const picture = ILLUSTRATIONS[0]!;

/** The app at `hash`, past the first-run notice. */
async function openAt(hash: string, seed?: (core: LimberCore) => void) {
  window.location.hash = hash;
  const rendered = renderWithCore(<App />, (core) => {
    core.settings.acknowledgeNotice();
    seed?.(core);
  });
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}

const step = (name: RegExp | string) => screen.getByRole('group', { name });

describe('the routine editor', () => {
  beforeEach(() => {
    window.location.hash = '';
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(window, 'confirm');
  });

  // Typing a whole routine in takes a few seconds of simulated keystrokes, more under load.
  it('makes a routine of a timed and a counted step, reorders them, saves it and plays it, logging it', async () => {
    const { user, core } = await openAt('#/routines');
    await user.click(screen.getByRole('link', { name: 'New routine' }));
    await screen.findByRole('heading', { level: 1, name: 'New routine' });
    await user.type(screen.getByLabelText('Name'), 'Morning stretch');
    await user.selectOptions(screen.getByLabelText('Log it in the journal as'), 'Yoga');

    const first = step('Step 1');
    await user.type(within(first).getByLabelText('Title'), 'Shoulder rolls');
    await user.type(within(first).getByLabelText('What to do'), 'Slowly backwards.');
    await user.clear(within(first).getByLabelText('Seconds'));
    await user.type(within(first).getByLabelText('Seconds'), '20');
    await user.click(within(first).getByRole('radio', { name: picture.title }));

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const second = step('Step 2');
    expect(document.activeElement).toBe(within(second).getByLabelText('Title'));
    await user.type(within(second).getByLabelText('Title'), 'Heel raises');
    await user.click(within(second).getByRole('radio', { name: 'Repetitions' }));
    await user.clear(within(second).getByLabelText('Times'));
    await user.type(within(second).getByLabelText('Times'), '10');

    // Moved up, the step keeps the keyboard: on its Move down button, as it is now first.
    await user.click(screen.getByRole('button', { name: 'Move “Heel raises” up' }));
    expect(screen.getByRole('group', { name: 'Step 1: Heel raises' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “Heel raises” down' }));
    expect((screen.getByRole('button', { name: 'Move “Heel raises” up' }) as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Morning stretch”.');
    expect(window.location.hash).toBe('#/routines');
    expect(core.routines.list()).toMatchObject([
      {
        name: 'Morning stretch',
        activity: 'yoga',
        steps: [
          { title: 'Heel raises', seconds: null, reps: 10, illustration: null },
          { title: 'Shoulder rolls', text: 'Slowly backwards.', seconds: 20, reps: null, illustration: picture.id },
        ],
      },
    ]);

    // The list arrives after the notice that it was saved.
    await user.click(await screen.findByRole('link', { name: 'Morning stretch' }));
    await screen.findByRole('heading', { level: 1, name: 'Morning stretch' });
    // Not the article's advice: the page says whose steps these are.
    expect(screen.getByText('You made this routine: Limber has not checked its steps. Stop any movement that hurts.')).toBeTruthy();
    expect(screen.getByText('Step 1 of 2, 10 times')).toBeTruthy();
    expect(screen.queryByRole('timer')).toBeNull();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await act(() => vi.advanceTimersByTimeAsync(40_000));
    expect(screen.getByRole('heading', { level: 2, name: 'Heel raises' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Shoulder rolls' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toContain('20 seconds left in this step');
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    vi.useRealTimers();
    expect(await screen.findByText('Logged in your journal: Yoga, 1 min (2 steps done).')).toBeTruthy();
    expect(core.activities.list({ limit: 5 }).items).toMatchObject([{ kind: 'yoga', minutes: 1, note: 'Morning stretch (2 steps done)' }]);
  }, 20_000);

  it('edits a copy of a built-in routine, which stays as it comes', async () => {
    const { user, core } = await openAt('#/routines');
    await user.click(await screen.findByRole('button', { name: 'Edit a copy of Desk warm-up' }));
    await screen.findByRole('heading', { level: 1, name: 'Edit “Desk warm-up (my copy)”' });
    expect(screen.getByText(/Your own copy of Desk warm-up/)).toBeTruthy();
    expect(screen.getAllByRole('group', { name: /^Step \d+:/ })).toHaveLength(warmUp.steps.length);

    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Short warm-up');
    await user.click(screen.getByRole('button', { name: `Remove “${warmUp.steps[0]!.title}”` }));
    expect(document.activeElement).toBe(within(step(`Step 1: ${warmUp.steps[1]!.title}`)).getByLabelText('Title'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Short warm-up”.');

    expect(core.routines.list()).toMatchObject([{ name: 'Short warm-up', basedOn: 'desk-warm-up', steps: warmUp.steps.slice(1).map((s) => ({ title: s.title })) }]);
    expect(within(await screen.findByRole('list', { name: 'Routines that come with Limber' })).getByRole('link', { name: 'Desk warm-up' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Your routines' })).getByRole('link', { name: 'Short warm-up' })).toBeTruthy();
  }, 20_000);

  it('shows a refused field’s message beside it, keyboard on the first, saving nothing; leaving asks first', async () => {
    const { user, core } = await openAt('#/routines/new');
    await user.type(screen.getByLabelText('Name'), 'Quick one');
    const seconds = within(step('Step 1')).getByLabelText('Seconds');
    await user.clear(seconds);
    await user.type(seconds, '3');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const title = within(step('Step 1')).getByLabelText('Title');
    await waitFor(() => expect(document.activeElement).toBe(title));
    const describedBy = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby')!)?.textContent;
    expect(describedBy(title)).toBe('must not be empty');
    expect(seconds.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(seconds)).toBe('must be 5 to 600 seconds');
    expect(screen.getByRole('alert').textContent).toBe('Not saved. Step 1 title must not be empty; Step 1 seconds must be 5 to 600 seconds.');
    expect(core.routines.list()).toEqual([]);

    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    window.location.hash = '#/journal';
    await waitFor(() => expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Your routine is not saved\./)));
    await waitFor(() => expect(window.location.hash).toBe('#/routines/new'));
    expect(screen.getByRole('heading', { level: 1, name: 'New routine' })).toBeTruthy();
  });

  it('deletes one of the person’s routines with Undo, the keyboard on Undo and then on the routine', async () => {
    const { user, core } = await openAt('#/routines', (c) => {
      c.routines.create({ name: 'Evening', activity: 'other', steps: [{ title: 'Walk', text: '', seconds: 60, reps: null, illustration: null }] }, null);
    });
    await user.click(await screen.findByRole('button', { name: 'Make a copy of Evening' }));
    const copy = await screen.findByRole('link', { name: 'Evening (copy)' });
    await waitFor(() => expect(document.activeElement).toBe(copy));

    await user.click(screen.getByRole('button', { name: 'Delete Evening' }));
    const undo = await screen.findByRole('button', { name: 'Undo deleting “Evening”' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText('Deleted “Evening”.').getAttribute('role')).toBe('status');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Evening' })).toBeNull());
    await user.click(undo);
    const back = await screen.findByRole('link', { name: 'Evening' });
    await waitFor(() => expect(document.activeElement).toBe(back));
    expect(core.routines.list().map((r) => r.name)).toEqual(['Evening', 'Evening (copy)']);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LimberCore } from '../../electron/core/limber-core';
import { JournalPage } from '../../renderer/pages/JournalPage';
import { renderWithCore } from './render-with-core';

const DAY = 86_400_000;

function seed(count: number) {
  return (core: LimberCore) => {
    for (let i = 0; i < count; i++) {
      core.episodes.add({
        startedAt: Date.UTC(2026, 0, 1, 12) + i * DAY,
        timeZone: 'UTC',
        intensity: i % 11,
        areas: ['lower-back-left'], durationMinutes: null, reliefHelped: null,
        triggers: [],
        relief: [],
        notes: `entry ${i}`,
      });
    }
  };
}

const notes = () => screen.queryAllByText(/^entry \d+$/).map((n) => n.textContent);

describe('Journal', () => {
  it('shows an entry damaged on disk with a plain note, and the other entries as usual', async () => {
    renderWithCore(<JournalPage />, (core) => {
      seed(2)(core);
      core.db.pragma('ignore_check_constraints = ON');
      core.db.prepare(`UPDATE episodes SET areas = '["lower-ba' WHERE notes = 'entry 1'`).run();
    });
    const damaged = (await screen.findByText('entry 1')).closest('article')!;
    expect(within(damaged as HTMLElement).getByRole('note').textContent).toMatch(/could not be read from the journal file \(areas\)/);
    const fine = screen.getByText('entry 0').closest('article')!;
    expect(within(fine as HTMLElement).queryByRole('note')).toBeNull();
  });

  it('shows an empty journal plainly', async () => {
    renderWithCore(<JournalPage />);
    expect(await screen.findByText('Nothing logged yet. Start from Today.')).toBeTruthy();
  });

  it('lists episodes newest first and loads older ones on request', async () => {
    const { user } = renderWithCore(<JournalPage />, seed(60));
    await screen.findByText('entry 59');
    expect(notes()).toHaveLength(50);
    expect(notes().slice(0, 3)).toEqual(['entry 59', 'entry 58', 'entry 57']);

    await user.click(screen.getByRole('button', { name: 'Show older entries' }));
    await screen.findByText('entry 0');
    expect(notes()).toHaveLength(60);
    expect(notes().at(-1)).toBe('entry 0');
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();
  });

  it('edits an episode in place', async () => {
    const { user, core } = renderWithCore(<JournalPage />, seed(2));
    const card = await screen.findByRole('article', { name: /pain 1 of 10/ });
    await user.click(within(card).getByRole('button', { name: /^Edit episode of/ }));

    const rating = screen.getByLabelText<HTMLInputElement>('Pain (0–10)');
    expect(rating.value).toBe('1');
    await user.clear(rating);
    await user.type(rating, '4');
    await user.clear(screen.getByLabelText('Notes'));
    await user.type(screen.getByLabelText('Notes'), 'eased after a walk');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('article', { name: /pain 4 of 10/ })).toBeTruthy();
    expect(screen.getByText('Changes saved.')).toBeTruthy();
    const saved = core.episodes.list({ limit: 1 }).items[0]!;
    // The time was not touched, so the stored instant and zone are kept exactly.
    expect(saved).toMatchObject({ intensity: 4, notes: 'eased after a walk', startedAt: Date.UTC(2026, 0, 2, 12), timeZone: 'UTC' });
  });

  it('cancels an edit without saving', async () => {
    const { user, core } = renderWithCore(<JournalPage />, seed(1));
    await user.click(await screen.findByRole('button', { name: /^Edit episode of/ }));
    await user.type(screen.getByLabelText('Notes'), ' changed');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('entry 0')).toBeTruthy();
    expect(core.episodes.list({ limit: 1 }).items[0]!.notes).toBe('entry 0');
  });

  it('Escape closes an edit form, and focus goes back to its Edit button after Cancel, Escape or Save', async () => {
    const { user } = renderWithCore(<JournalPage />, seed(1));
    const edit = await screen.findByRole('button', { name: /^Edit episode of/ });
    await user.click(edit);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit episode' })).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit episode of/);
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit episode of/);
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit episode of/));
  });

  it('deletes an episode and undoes the delete', async () => {
    const { user, core } = renderWithCore(<JournalPage />, seed(3));
    const card = await screen.findByRole('article', { name: /pain 1 of 10/ });
    await user.click(within(card).getByRole('button', { name: /^Delete episode of/ }));

    const status = within(screen.getByRole('region', { name: 'Journal entries' })).getByRole('status');
    await within(status).findByText('Entry deleted.');
    expect(notes()).toEqual(['entry 2', 'entry 0']);
    expect(core.episodes.list({ limit: 10 }).items).toHaveLength(2);

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await within(status).findByText('Entry restored.');
    expect(notes()).toEqual(['entry 2', 'entry 1', 'entry 0']);
  });

  it('shows every kind together, and filters by kind and by text', async () => {
    const { user } = renderWithCore(<JournalPage />, (core) => {
      seed(2)(core);
      core.activities.add({ startedAt: Date.UTC(2026, 0, 10, 12), timeZone: 'UTC', kind: 'swim', minutes: 40, note: 'pool' });
      core.food.add({ startedAt: Date.UTC(2026, 0, 9, 12), timeZone: 'UTC', tags: ['berries'], note: 'entry with berries' });
    });
    const list = await screen.findByRole('region', { name: 'Journal entries' });
    await within(list).findByRole('article', { name: /Swim, 40 min$/ });
    expect(within(list).getAllByRole('article')).toHaveLength(4);

    await user.click(screen.getByLabelText('Activities'));
    await user.click(screen.getByLabelText('Food'));
    await within(list).findByText('entry 1');
    expect(within(list).queryByRole('article', { name: /Swim/ })).toBeNull();
    expect(within(list).getAllByRole('article')).toHaveLength(2);

    await user.click(screen.getByLabelText('Food'));
    await user.type(screen.getByLabelText('Search notes and tags'), 'berr');
    await waitFor(() => expect(within(list).getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([expect.stringMatching(/Food: Berries$/)]));
  });

  it('keeps at most 400 entries on the page however far one scrolls, and goes back to the newest', async () => {
    const { user } = renderWithCore(<JournalPage />, seed(520));
    const list = await screen.findByRole('region', { name: 'Journal entries' });
    await within(list).findByText('entry 519');
    for (let shown = 50; shown < 520; shown += 50) {
      await user.click(screen.getByRole('button', { name: 'Show older entries' }));
      await waitFor(() => expect(within(list).queryByText(`entry ${519 - Math.min(shown + 49, 519)}`)).not.toBeNull());
    }
    expect(within(list).getAllByRole('article')).toHaveLength(400);
    expect(within(list).queryByText('entry 519')).toBeNull();
    expect(within(list).getByText('entry 0')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to the newest' }));
    await within(list).findByText('entry 519');
    expect(within(list).getAllByRole('article')).toHaveLength(50);
    expect(screen.queryByRole('button', { name: 'Back to the newest' })).toBeNull();
  });

  it('edits an activity, a supplement dose and a food entry in place', async () => {
    const { user, core } = renderWithCore(<JournalPage />, (c) => {
      c.activities.add({ startedAt: Date.UTC(2026, 0, 10, 12), timeZone: 'UTC', kind: 'walk', minutes: 20, note: '' });
      const m = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
      c.supplements.take({ supplementId: m.id, startedAt: Date.UTC(2026, 0, 9, 12), timeZone: 'UTC', note: '' });
      c.food.add({ startedAt: Date.UTC(2026, 0, 8, 12), timeZone: 'UTC', tags: ['berries'], note: '' });
    });
    await user.click(await screen.findByRole('button', { name: /^Edit activity of/ }));
    await user.clear(screen.getByLabelText('Minutes'));
    await user.type(screen.getByLabelText('Minutes'), '45');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: /Walk, 45 min$/ });

    await user.click(screen.getByRole('button', { name: /^Edit supplement of/ }));
    await user.clear(screen.getByLabelText('Dose'));
    await user.type(screen.getByLabelText('Dose'), '100 mg');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: /Magnesium, 100 mg$/ });

    await user.click(screen.getByRole('button', { name: /^Edit food of/ }));
    await user.click(within(screen.getByRole('group', { name: 'Food groups' })).getByRole('button', { name: 'Nuts' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: /Food: Berries, Nuts$/ });
    expect(core.food.list({ limit: 1 }).items[0]!.startedAt).toBe(Date.UTC(2026, 0, 8, 12));
  });
});

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
    await user.click(within(card).getByRole('button', { name: /^Edit pain \d+ of 10 at/ }));

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
    await user.click(await screen.findByRole('button', { name: /^Edit pain \d+ of 10 at/ }));
    await user.type(screen.getByLabelText('Notes'), ' changed');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('entry 0')).toBeTruthy();
    expect(core.episodes.list({ limit: 1 }).items[0]!.notes).toBe('entry 0');
  });

  it('Escape closes an edit form, and focus goes back to its Edit button after Cancel, Escape or Save', async () => {
    const { user } = renderWithCore(<JournalPage />, seed(1));
    const edit = await screen.findByRole('button', { name: /^Edit pain \d+ of 10 at/ });
    await user.click(edit);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit episode' })).toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit pain \d+ of 10 at/);
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit pain \d+ of 10 at/);
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit pain \d+ of 10 at/));
  });

  it('deletes an episode and undoes the delete', async () => {
    const { user, core } = renderWithCore(<JournalPage />, seed(3));
    const card = await screen.findByRole('article', { name: /pain 1 of 10/ });
    await user.click(within(card).getByRole('button', { name: /^Delete pain \d+ of 10 at/ }));

    const status = within(screen.getByRole('region', { name: 'Journal entries' })).getByRole('status');
    await within(status).findByText('Entry deleted.');
    expect(notes()).toEqual(['entry 2', 'entry 0']);
    expect(core.episodes.list({ limit: 10 }).items).toHaveLength(2);

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await within(status).findByText('Entry restored.');
    expect(notes()).toEqual(['entry 2', 'entry 1', 'entry 0']);
  });

  it('puts the keyboard on Undo after Delete, and on the entry brought back after Undo', async () => {
    const { user } = renderWithCore(<JournalPage />, seed(3));
    const card = await screen.findByRole('article', { name: /pain 1 of 10/ });
    await user.click(within(card).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Edit pain 1 of 10 at/));
  });

  it('groups entries under a heading for each day, each showing its time, every button named uniquely', async () => {
    renderWithCore(<JournalPage />, (c) => {
      seed(2)(c);
      const m = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
      const d = c.supplements.addSupplement({ name: 'Vitamin D', defaultDose: '' });
      for (const supplementId of [m.id, d.id]) c.supplements.take({ supplementId, startedAt: Date.UTC(2026, 0, 2, 22), timeZone: 'UTC', note: '' });
      c.checkIns.save({ day: '2026-01-02', timeZone: 'UTC', pain: 3, stiffness: 4, sleep: 7, note: '' });
    });
    const list = await screen.findByRole('region', { name: 'Journal entries' });
    await within(list).findByText('entry 1');
    expect(within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Friday, January 2, 2026', 'Thursday, January 1, 2026']);
    expect(within(list).getAllByRole('article').map((a) => a.querySelector('.entry-title')!.textContent)).toEqual([
      expect.stringMatching(/^10:00 PM · Vitamin D$/),
      expect.stringMatching(/^10:00 PM · Magnesium, 200 mg$/),
      'Check-in: pain 3/10, stiffness 4/10, sleep 7/10',
      expect.stringMatching(/^12:00 PM · Lower back, left · 1\/10/),
      expect.stringMatching(/^12:00 PM · Lower back, left · 0\/10/),
    ]);
    const names = within(list).getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Edit Vitamin D at Fri, Jan 2, 2026, 10:00 PM');
    expect(names).toContain('Delete check-in of Fri, Jan 2, 2026');
  });

  it('edits a check-in as three digits, and deletes it with Undo', async () => {
    const { user, core } = renderWithCore(<JournalPage />, (c) => {
      c.checkIns.save({ day: '2026-01-02', timeZone: 'UTC', pain: 3, stiffness: 4, sleep: 7, note: 'ok' });
    });
    await user.click(await screen.findByRole('button', { name: 'Edit check-in of Fri, Jan 2, 2026' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Pain today'));
    await user.keyboard('1');
    await user.keyboard('0');
    expect(document.activeElement).toBe(screen.getByLabelText('Stiffness'));
    await user.keyboard('25');
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
    await user.keyboard('{Enter}');
    await screen.findByText('Check-in: pain 10/10, stiffness 2/10, sleep 5/10');
    expect(core.checkIns.get('2026-01-02')).toMatchObject({ pain: 10, stiffness: 2, sleep: 5, note: 'ok' });

    await user.click(screen.getByRole('button', { name: 'Delete check-in of Fri, Jan 2, 2026' }));
    expect(await screen.findByText('Nothing logged yet. Start from Today.')).toBeTruthy();
    expect(core.checkIns.get('2026-01-02')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Check-in: pain 10/10, stiffness 2/10, sleep 5/10');
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
    // Eleven pages of 50 rendered in happy-dom take about 4 s here: room for a busy machine.
  }, 20_000);

  it('edits an activity, a supplement dose and a food entry in place', async () => {
    const { user, core } = renderWithCore(<JournalPage />, (c) => {
      c.activities.add({ startedAt: Date.UTC(2026, 0, 10, 12), timeZone: 'UTC', kind: 'walk', minutes: 20, note: '' });
      const m = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
      c.supplements.take({ supplementId: m.id, startedAt: Date.UTC(2026, 0, 9, 12), timeZone: 'UTC', note: '' });
      c.food.add({ startedAt: Date.UTC(2026, 0, 8, 12), timeZone: 'UTC', tags: ['berries'], note: '' });
    });
    await user.click(await screen.findByRole('button', { name: /^Edit Walk, 20 min at/ }));
    await user.clear(screen.getByLabelText('Minutes'));
    await user.type(screen.getByLabelText('Minutes'), '45');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: /Walk, 45 min$/ });

    await user.click(screen.getByRole('button', { name: /^Edit Magnesium, 200 mg at/ }));
    await user.clear(screen.getByLabelText('Dose'));
    await user.type(screen.getByLabelText('Dose'), '100 mg');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: /Magnesium, 100 mg$/ });

    await user.click(screen.getByRole('button', { name: /^Edit Food: Berries at/ }));
    await user.click(within(screen.getByRole('toolbar', { name: 'Food groups' })).getByRole('button', { name: 'Nuts' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('article', { name: /Food: Berries, Nuts$/ });
    expect(core.food.list({ limit: 1 }).items[0]!.startedAt).toBe(Date.UTC(2026, 0, 8, 12));
  });
});

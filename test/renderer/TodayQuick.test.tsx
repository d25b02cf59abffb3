import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LimberCore } from '../../electron/core/limber-core';
import { TodayPage } from '../../renderer/pages/TodayPage';
import { renderWithCore } from './render-with-core';

const DAY = 86_400_000;

describe('Today: quick entries', () => {
  it('repeats yesterday’s supplement with two keys: t, Enter', async () => {
    const { user, core } = renderWithCore(<TodayPage />, (c) => {
      const m = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
      c.supplements.addSupplement({ name: 'Vitamin B', defaultDose: '' });
      c.supplements.take({ supplementId: m.id, startedAt: Date.now() - DAY, timeZone: 'UTC', note: '' });
    });
    await screen.findByRole('button', { name: 'Take Magnesium' });
    // Once the page has settled (the shortcut on, the pain rating focused), from the page itself.
    await screen.findByText(/press t to jump/);
    const rating = await screen.findByLabelText('Pain (0–10)');
    await waitFor(() => expect(document.activeElement).toBe(rating));
    rating.blur();
    await user.keyboard('t{Enter}');
    expect(await screen.findByText('Logged Magnesium, 200 mg.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Take Magnesium again' })).toBeTruthy();
    expect(core.supplements.list({ limit: 5 }).items.map((d) => d.supplementName)).toEqual(['Magnesium', 'Magnesium']);
  });

  it('the t shortcut leaves a focused control its own keys, and can be turned off (WCAG 2.1.4)', async () => {
    const seed = (c: LimberCore) => c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '' });
    const first = renderWithCore(<TodayPage />, seed);
    await screen.findByText(/press t to jump/);
    const other = screen.getByRole('button', { name: 'Log activity' });
    other.focus();
    await first.user.keyboard('t');
    expect(document.activeElement).toBe(other);
    first.unmount();

    const second = renderWithCore(<TodayPage />, (c) => {
      seed(c);
      c.settings.set('singleKeyShortcuts', false);
    });
    await screen.findByRole('button', { name: 'Take Magnesium' });
    const rating = await screen.findByLabelText('Pain (0–10)');
    await waitFor(() => expect(document.activeElement).toBe(rating));
    rating.blur();
    await second.user.keyboard('t');
    expect(document.activeElement).toBe(document.body);
    expect(screen.queryByText(/press t to jump/)).toBeNull();
  });

  it('adds a supplement, then logs it with one tap', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    await user.type(await screen.findByLabelText('Supplement name'), 'Vitamin B');
    await user.click(screen.getByRole('button', { name: 'Add supplement' }));
    // The first one added: the form folds away and the keyboard is on the supplement's button.
    const take = await screen.findByRole('button', { name: 'Take Vitamin B' });
    await waitFor(() => expect(document.activeElement).toBe(take));
    expect(screen.getByText('Add a supplement').closest('details')?.open).toBe(false);
    await user.click(take);
    await screen.findByText('Logged Vitamin B.');
    expect(core.supplements.list({ limit: 5 }).items).toHaveLength(1);

    // Another, from the folded form: it stays open, ready for the next name.
    await user.click(screen.getByText('Add a supplement'));
    await user.type(screen.getByLabelText('Supplement name'), 'Magnesium');
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: 'Take Magnesium' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Supplement name')));
  });

  it('keeps medications in a list of their own, logged with one tap like supplements', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    const medications = await screen.findByRole('region', { name: 'Medications' });
    await user.type(await within(medications).findByLabelText('Medication name'), 'Ibuprofen');
    await user.type(within(medications).getByLabelText('Usual dose'), '400 mg{Enter}');
    const take = await within(medications).findByRole('button', { name: 'Take Ibuprofen' });
    await user.click(take);
    await screen.findByText('Logged Ibuprofen, 400 mg.');
    const today = screen.getByRole('region', { name: 'Today’s entries' });
    const entry = await within(today).findByRole('article', { name: /Ibuprofen, 400 mg$/ });
    expect(entry.querySelector('.badge')?.textContent).toBe('Med');
    // Not a supplement: the supplements list stays empty.
    expect(within(screen.getByRole('region', { name: 'Supplements' })).queryByRole('button', { name: /^Take/ })).toBeNull();
    expect(core.supplements.listSupplements('medication').map((m) => m.name)).toEqual(['Ibuprofen']);
  });

  it('logs food by its groups and an activity, and lists them today', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    const food = await screen.findByRole('toolbar', { name: 'Food groups' });
    await user.click(within(food).getByRole('button', { name: 'Berries' }));
    await user.click(within(food).getByRole('button', { name: 'Nuts' }));
    await user.click(screen.getByRole('button', { name: 'Log food' }));
    await screen.findByText('Food logged.');
    expect(core.food.list({ limit: 5 }).items[0]!.tags).toEqual(['berries', 'nuts']);

    await user.selectOptions(screen.getByLabelText('What'), '2 Swim');
    await user.clear(screen.getByLabelText('Minutes'));
    await user.type(screen.getByLabelText('Minutes'), '35');
    await user.click(screen.getByRole('button', { name: 'Log activity' }));
    await screen.findByText('Logged swim, 35 min.');
    const today = screen.getByRole('region', { name: 'Today’s entries' });
    await within(today).findByRole('article', { name: /Swim, 35 min$/ });
    await within(today).findByRole('article', { name: /Food: Berries, Nuts$/ });
  });

  it('saves one check-in a day and edits it when saved again', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    await user.type(await screen.findByLabelText('Pain today'), '4');
    await user.type(screen.getByLabelText('Stiffness'), '5');
    await user.type(screen.getByLabelText('Sleep quality'), '7');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByText('Check-in saved.');
    const pain = screen.getByLabelText('Pain today');
    await user.clear(pain);
    await user.type(pain, '2');
    await user.click(screen.getByRole('button', { name: 'Update check-in' }));
    await screen.findByText('Check-in updated.');
    expect(core.checkIns.list(undefined, 5).map((c) => c.pain)).toEqual([2]);
  });

  it('takes a check-in as three digits, 10 as two, and moves on to the note', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    // The page opens with the keyboard in the pain rating; go from there to the check-in.
    const rating = await screen.findByLabelText('Pain (0–10)');
    await waitFor(() => expect(document.activeElement).toBe(rating));
    screen.getByLabelText('Pain today').focus();
    await user.keyboard('1');
    expect(document.activeElement).toBe(screen.getByLabelText('Pain today'));
    await user.keyboard('4'); // a lone 1 was the rating: the 4 is the next one
    expect(document.activeElement).toBe(screen.getByLabelText('Sleep quality'));
    await user.keyboard('10');
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
    await user.keyboard('{Enter}');
    await screen.findByText('Check-in saved.');
    expect(core.checkIns.list(undefined, 5)).toMatchObject([{ pain: 1, stiffness: 4, sleep: 10 }]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TodayPage } from '../../renderer/pages/TodayPage';
import { renderWithCore } from './render-with-core';

/** The page opens with the keyboard in the pain rating, once the form is in (it waits for the last place used). */
const ratingFocused = () => waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Pain (0–10)')));

describe('Today', () => {
  it('logs pain with two keystrokes: the rating, then Enter', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    await ratingFocused();

    await user.keyboard('6{Enter}');

    expect(await screen.findByText('Logged pain 6 of 10 (moderate), Lower back.')).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Today’s entries' });
    expect(await within(list).findByRole('article', { name: /pain 6 of 10, Lower back$/ })).toBeTruthy();
    expect(core.episodes.list({ limit: 10 }).items).toMatchObject([{ intensity: 6, areas: ['lower-back-left', 'lower-back-right'], durationMinutes: null, reliefHelped: null }]);
  });

  it('marks places on the body map, keeps them for the next entry, and clears the rating', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    const map = await screen.findByRole('group', { name: 'Where, from behind' });
    // Starts on the lower back, both sides; change it to the neck, right side only.
    await user.click(within(map).getByRole('checkbox', { name: 'Lower back, left' }));
    await user.click(within(map).getByRole('checkbox', { name: 'Lower back, right' }));
    const neckRight = within(map).getByRole('checkbox', { name: 'Neck, right' });
    neckRight.focus();
    await user.keyboard(' ');
    expect(neckRight.getAttribute('aria-checked')).toBe('true');
    await user.type(screen.getByLabelText('Pain (0–10)'), '3{Enter}');
    await screen.findByText('Logged pain 3 of 10 (mild), Neck, right.');
    expect(core.episodes.list({ limit: 1 }).items[0]!.areas).toEqual(['neck-right']);

    const again = screen.getByRole('group', { name: 'Where, from behind' });
    expect(within(again).getAllByRole('checkbox', { checked: true }).map((c) => c.getAttribute('aria-label'))).toEqual(['Neck, right']);
    expect(screen.getByLabelText<HTMLInputElement>('Pain (0–10)').value).toBe('');
  });

  it('asks for a place when none is marked, and saves nothing', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    const map = await screen.findByRole('group', { name: 'Where, from behind' });
    await user.click(within(map).getByRole('checkbox', { name: 'Lower back, left' }));
    await user.click(within(map).getByRole('checkbox', { name: 'Lower back, right' }));
    await user.type(screen.getByLabelText('Pain (0–10)'), '5{Enter}');
    expect(await screen.findByText('must mark at least one place')).toBeTruthy();
    expect(core.episodes.list({ limit: 5 }).items).toEqual([]);
  });

  it('records triggers, relief and notes from the details', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    await user.click(await screen.findByText('What it feels like, triggers, relief and notes'));
    await user.click(screen.getByRole('button', { name: 'burning' }));
    await user.click(screen.getByRole('button', { name: 'tingling' }));
    await user.click(screen.getByRole('button', { name: 'posture' }));
    await user.type(screen.getByLabelText('Possible triggers'), ', long drive');
    await user.click(screen.getByRole('button', { name: 'heat' }));
    await user.selectOptions(screen.getByLabelText('How much it helped'), 'a little');
    await user.type(screen.getByLabelText('How long it lasted (minutes)'), '40');
    await user.type(screen.getByLabelText('Notes'), 'Worse when standing up');
    await user.type(screen.getByLabelText('Pain (0–10)'), '8{Enter}');
    await screen.findByText(/Logged pain 8 of 10/);
    expect(core.episodes.list({ limit: 1 }).items[0]).toMatchObject({
      intensity: 8,
      qualities: ['burning', 'tingling'],
      triggers: ['posture', 'long drive'],
      relief: ['heat'],
      reliefHelped: 1,
      durationMinutes: 40,
      notes: 'Worse when standing up',
    });
  });

  it('shows why an entry was refused next to the field, and saves nothing', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    await user.click(await screen.findByText('What it feels like, triggers, relief and notes'));
    await user.type(screen.getByLabelText('Possible triggers'), 'x'.repeat(61));
    await user.type(screen.getByLabelText('Pain (0–10)'), '5{Enter}');

    expect((await screen.findByRole('alert')).textContent).toBe('Please check the highlighted fields.');
    const triggers = screen.getByLabelText('Possible triggers');
    expect(triggers.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('must be at most 60 characters').id).toBe(triggers.getAttribute('aria-describedby')?.split(' ')[1]);
    expect(core.episodes.list({ limit: 10 }).items).toEqual([]);
  });

  it('asks for a rating when Enter is pressed on an empty form', async () => {
    const { user, core } = renderWithCore(<TodayPage />);
    await ratingFocused();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Enter how bad it is, from 0 to 10')).toBeTruthy();
    expect(screen.getByLabelText('Pain (0–10)').getAttribute('aria-invalid')).toBe('true');
    expect(core.episodes.list({ limit: 10 }).items).toEqual([]);
  });

  it('starts where it hurt last time, and marks places by keyboard: arrows, Space, Delete clears, Enter logs', async () => {
    const { user, core } = renderWithCore(<TodayPage />, (c) => {
      c.episodes.add({ startedAt: Date.now() - 86_400_000, timeZone: 'UTC', intensity: 5, areas: ['mid-back-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: '' });
    });
    const map = await screen.findByRole('group', { name: 'Where, from behind' });
    expect(within(map).getAllByRole('checkbox', { checked: true }).map((c) => c.getAttribute('aria-label'))).toEqual(['Mid back, right']);
    // One Tab stop: Tab from the rating lands on the map, the next Tab leaves it.
    expect(within(map).getAllByRole('checkbox').filter((c) => c.getAttribute('tabindex') === '0')).toHaveLength(1);
    await ratingFocused();
    await user.keyboard('2');
    await user.tab();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Neck, left');
    await user.keyboard('{Delete}{ArrowDown}{ArrowDown} {ArrowRight} ');
    expect(within(map).getAllByRole('checkbox', { checked: true }).map((c) => c.getAttribute('aria-label'))).toEqual(['Upper back, left', 'Upper back, right']);
    await user.keyboard('{Enter}');
    await screen.findByText('Logged pain 2 of 10 (mild), Upper back.');
    expect(core.episodes.list({ limit: 1 }).items[0]!.areas).toEqual(['upper-back-left', 'upper-back-right']);
  });
});

describe('Today across midnight', () => {
  afterEach(() => vi.useRealTimers());

  it('rolls over to the new day while open: new heading, yesterday’s entries gone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 10, 25, 23, 58));
    const { user } = renderWithCore(<TodayPage />);
    await ratingFocused();
    await user.keyboard('4{Enter}');
    const list = screen.getByRole('region', { name: 'Today’s entries' });
    await within(list).findByRole('article', { name: /pain 4 of 10/ });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/25/);

    await vi.advanceTimersByTimeAsync(3 * 60_000);

    await within(list).findByText('Nothing logged today.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/26/);
  });
});

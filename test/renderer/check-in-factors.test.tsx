import { screen, waitFor, within } from '@testing-library/react';
import { format, subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { LimberCore } from '../../electron/core/limber-core';
import { InsightsPage } from '../../renderer/pages/InsightsPage';
import { JournalPage } from '../../renderer/pages/JournalPage';
import { SettingsPage } from '../../renderer/pages/SettingsPage';
import { TodayPage } from '../../renderer/pages/TodayPage';
import { mattressAndStress } from '../support/check-in-factors';
import { renderWithCore } from './render-with-core';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const daysAgo = (n: number) => format(subDays(new Date(), n), 'yyyy-MM-dd');

const defineFactors = (core: LimberCore) => mattressAndStress(core);

describe('check-in factors', () => {
  it('are added, named and typed in Settings, the keyboard on each new name', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    const section = await screen.findByRole('group', { name: 'Check-in factors' });
    await user.click(within(section).getByRole('button', { name: 'Add a factor' }));
    const first = within(section).getByRole('group', { name: 'Factor 1' });
    expect(document.activeElement).toBe(within(first).getByLabelText('Name'));
    await user.keyboard('Slept on the new mattress');
    await user.click(within(section).getByRole('button', { name: 'Add a factor' }));
    const second = within(section).getByRole('group', { name: 'Factor 2' });
    expect(document.activeElement).toBe(within(second).getByLabelText('Name'));
    await user.keyboard('Stress');
    await user.selectOptions(within(second).getByLabelText('Answered'), '0 to 10');
    await user.click(within(section).getByRole('button', { name: 'Save check-in factors' }));

    expect(await within(section).findByText('Saved. Today’s check-in asks these.')).toBeTruthy();
    expect(core.checkInFactors.all().map((f) => [f.name, f.type])).toEqual([
      ['Slept on the new mattress', 'yes-no'],
      ['Stress', 'scale'],
    ]);
    // Saved, a factor's type is shown, no longer chosen.
    expect(within(within(section).getByRole('group', { name: 'Factor 2' })).getByLabelText('Answered').textContent).toBe('0 to 10');
  });

  it('refuses a name used twice beside the field; a removed factor is no longer asked, its answers kept', async () => {
    const { user, core } = renderWithCore(<SettingsPage />, (c) => {
      const { stress } = defineFactors(c);
      c.checkIns.save({ day: daysAgo(1), timeZone: ZONE, pain: 3, stiffness: 3, sleep: 6, note: '', factors: { [stress]: 8 } });
    });
    const section = await screen.findByRole('group', { name: 'Check-in factors' });
    expect(section.textContent).toContain('past answers are kept');
    await user.click(within(section).getByRole('button', { name: 'Add a factor' }));
    await user.keyboard('stress');
    await user.click(within(section).getByRole('button', { name: 'Save check-in factors' }));
    expect((await within(section).findByRole('alert')).textContent).toBe('Not saved. Factor 3, name is already the name of another factor.');
    const third = within(within(section).getByRole('group', { name: 'Factor 3' })).getByLabelText('Name');
    await waitFor(() => expect(document.activeElement).toBe(third));
    expect(document.getElementById(third.getAttribute('aria-describedby')!)?.textContent).toBe('is already the name of another factor');

    await user.click(within(section).getByRole('button', { name: 'Remove stress' }));
    await user.click(within(section).getByRole('button', { name: 'Remove Stress' }));
    // The keyboard goes to the factor before the one removed.
    expect(document.activeElement).toBe(within(within(section).getByRole('group', { name: 'Factor 1' })).getByLabelText('Name'));
    await user.click(within(section).getByRole('button', { name: 'Save check-in factors' }));
    await within(section).findByText('Saved. Today’s check-in asks these.');
    expect(core.checkInFactors.all().map((f) => [f.name, f.archived])).toEqual([
      ['Slept on the new mattress', false],
      ['Stress', true],
    ]);
    expect(Object.values(core.checkIns.get(daysAgo(1))!.factors)).toEqual([8]);
  });

  it('are answered in Today’s check-in straight from the keyboard: the digits, Y, a digit, Enter', async () => {
    const { user, core } = renderWithCore(<TodayPage />, defineFactors);
    // The page opens with the keyboard in the pain rating, once the forms are in; go from there to the check-in.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Pain (0–10)')));
    const form = screen.getByRole('form', { name: 'Daily check-in' });
    await within(form).findByRole('toolbar', { name: 'Slept on the new mattress' });
    within(form).getByLabelText('Pain today').focus();
    await user.keyboard('347');
    expect(document.activeElement).toBe(within(within(form).getByRole('toolbar', { name: 'Slept on the new mattress' })).getByRole('button', { name: 'Yes' }));
    await user.keyboard('y');
    expect(document.activeElement).toBe(within(form).getByLabelText('Stress'));
    await user.keyboard('8{Enter}');
    await screen.findByText('Check-in saved.');
    const { mattress, stress } = Object.fromEntries(core.checkInFactors.all().map((f) => [f.name === 'Stress' ? 'stress' : 'mattress', f.id]));
    expect(core.checkIns.list(undefined, 5)).toMatchObject([{ pain: 3, stiffness: 4, sleep: 7, factors: { [mattress!]: 1, [stress!]: 8 } }]);
    expect(within(within(form).getByRole('toolbar', { name: 'Slept on the new mattress' })).getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('leaves a factor unanswered when skipped, and Enter on a yes/no saves rather than presses it', async () => {
    const { user, core } = renderWithCore(<TodayPage />, defineFactors);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Pain (0–10)')));
    const form = screen.getByRole('form', { name: 'Daily check-in' });
    await within(form).findByRole('toolbar', { name: 'Slept on the new mattress' });
    within(form).getByLabelText('Pain today').focus();
    await user.keyboard('250{Enter}');
    await screen.findByText('Check-in saved.');
    expect(core.checkIns.list(undefined, 5)).toMatchObject([{ pain: 2, stiffness: 5, sleep: 0, factors: {} }]);
  });

  it('shows the answers on the Journal’s check-in, and its edit form changes them', async () => {
    let ids = { mattress: '', stress: '' };
    const { user, core } = renderWithCore(<JournalPage />, (c) => {
      ids = defineFactors(c);
      c.checkIns.save({ day: '2026-01-02', timeZone: 'UTC', pain: 3, stiffness: 4, sleep: 7, note: '', factors: { [ids.mattress]: 1, [ids.stress]: 8 } });
    });
    expect(await screen.findByText('Slept on the new mattress: yes · Stress 8/10')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit check-in of Fri, Jan 2, 2026' }));
    const mattress = screen.getByRole('toolbar', { name: 'Slept on the new mattress' });
    await user.click(within(mattress).getByRole('button', { name: 'No' }));
    await user.clear(screen.getByLabelText('Stress'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Slept on the new mattress: no')).toBeTruthy();
    expect(core.checkIns.get('2026-01-02')!.factors).toEqual({ [ids.mattress]: 0 });
  });

  it('are compared in Insights beside the habits, by name, with the days on each side', async () => {
    renderWithCore(<InsightsPage />, (c) => {
      const { mattress } = defineFactors(c);
      for (let i = 1; i <= 16; i++) {
        const onMattress = i % 2 === 0;
        c.checkIns.save({ day: daysAgo(i), timeZone: ZONE, pain: onMattress ? 2 + (i % 4 === 0 ? 1 : 0) : 6 + (i % 3 === 0 ? 1 : 0), stiffness: 3, sleep: 6, note: '', factors: { [mattress]: onMattress ? 1 : 0 } });
      }
    });
    const habits = await screen.findByRole('region', { name: 'What seems to help' });
    const row = await waitFor(() => {
      const found = [...habits.querySelectorAll('li')].find((li) => li.querySelector('.habit-name')?.textContent === 'Slept on the new mattress');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(row.closest('.habit-group')!.querySelector('h3')!.textContent).toBe('Lower pain on these days');
    expect(row.querySelector('.habit-text')!.textContent).toMatch(/^Worst pain 3\.\d points lower on days you answered yes to “Slept on the new mattress” \(.*\)\. 8 days yes, 8 days no\.$/);
    // Stress was never answered: nothing is claimed.
    const stress = [...habits.querySelectorAll('li')].find((li) => li.querySelector('.habit-name')?.textContent === 'Stress')!;
    expect(stress.querySelector('.habit-text')!.textContent).toBe('Not enough data yet: 0 days at 6 or more, 0 days at 5 or less. Comparing needs at least 7 of each.');
    expect(habits.textContent).toContain('for a 0–10 factor days rated 6 or more against 5 or less');
  });
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../electron/core/reminders/reminder-list';
import { ReminderBanner } from '../../renderer/reminders/ReminderBanner';
import { renderWithCore, ShowWhenAsked } from './render-with-core';

const hips: Reminder = { id: 'mine-hips', name: 'Loosen hips', message: 'Two minutes for your hips.', enabled: true, schedule: { type: 'desk-time', everyMinutes: 5, breakMinutes: 2 }, routineId: null };

describe('the reminder banner', () => {
  it('starts the routine a reminder opens, by its name; one deleted since offers no Start', async () => {
    const { user, core, reminders, world } = renderWithCore(
      <ShowWhenAsked>
        <ReminderBanner />
      </ShowWhenAsked>,
    );
    const routine = core.routines.create({ name: 'Hip loosener', activity: 'warm-up', steps: [{ title: 'Hip circles', text: '', seconds: 30, reps: null, illustration: 'hip-circles' }] }, null);
    for (const id of ['posture', 'movement']) reminders.saveReminder({ ...reminders.settingsNow().reminders.find((r) => r.id === id)!, enabled: false }, () => true);
    reminders.saveReminder({ ...hips, routineId: routine.id }, () => true);
    act(() => world.advance(6 * 60_000));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    const banner = await screen.findByRole('region', { name: 'Reminder: Loosen hips' });
    const start = await within(banner).findByRole('link', { name: 'Start Hip loosener' });
    expect(start.getAttribute('href')).toBe(`#/routines/${routine.id}`);

    reminders.scheduler.respond(reminders.scheduler.status().open[0]!.id, 'done');
    core.routines.remove(routine.id);
    act(() => world.advance(6 * 60_000));
    await user.click(screen.getByRole('button', { name: 'Show' }));
    const again = await screen.findByRole('region', { name: 'Reminder: Loosen hips' });
    await within(again).findByRole('button', { name: 'Done' });
    expect(within(again).queryByRole('link')).toBeNull();
  });
});

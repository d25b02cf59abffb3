import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reminderSettings } from '../support/reminder-patch';
import { BreakPage } from '../../renderer/pages/BreakPage';
import { renderWithCore, ShowWhenAsked } from './render-with-core';

describe('the break screen', () => {
  afterEach(() => {
    vi.useRealTimers();
    window.location.hash = '';
  });

  it('counts down the break, holds Skip back in strict mode, and answers the reminder with Done', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setInterval', 'clearInterval', 'Date'] });
    window.location.hash = '#/break/movement-1';
    const settings = reminderSettings({ posture: { enabled: false }, breakScreen: { mode: 'strict', strictSeconds: 45 } });
    const { user, core, reminders, world } = renderWithCore(<BreakPage id="movement-1" />, (c) => c.settings.set('reminders', settings));
    // An hour at the keyboard: the movement break this screen is for is waiting.
    reminders.updateRules(settings);
    world.advance(60 * 60_000);
    expect(reminders.scheduler.status().open.map((r) => r.id)).toEqual(['movement-1']);
    const countdown = await screen.findByText(/of your 5-minute break left/);
    expect(countdown.textContent).toBe('5:00 of your 5-minute break left');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Movement break');
    const skip = screen.getByRole('button', { name: 'Skip this break' });
    expect(skip).toHaveProperty('disabled', true);
    expect(screen.getByText('Skipping this break is possible in 45 s (strict breaks, in Settings).')).toBeTruthy();

    await vi.advanceTimersByTimeAsync(45_000);
    expect(countdown.textContent).toBe('4:15 of your 5-minute break left');
    expect(skip).toHaveProperty('disabled', false);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(window.location.hash).toBe('#/');
    expect(reminders.scheduler.status().open).toEqual([]);
    expect(core.reminderLog.recent(5)).toMatchObject([{ reminderId: 'movement', outcome: 'done' }]);
  });

  it.each([
    ['its own routine', true, 'Hip circles'],
    ['the desk warm-up when its routine was deleted since', false, 'March on the spot'],
  ])('a reminder of the person’s own shows %s', async (_, kept, firstStep) => {
    const { user, core, reminders, world } = renderWithCore(
      <ShowWhenAsked>
        <BreakPage id="mine-hips-1" />
      </ShowWhenAsked>,
    );
    const routine = core.routines.create({ name: 'Hip loosener', activity: 'warm-up', steps: [{ title: 'Hip circles', text: 'Slow circles.', seconds: 30, reps: null, illustration: 'hip-circles' }] }, null);
    const off = reminders.settingsNow().reminders.filter((r) => r.schedule.type === 'desk-time').map((r) => ({ ...r, enabled: false }));
    for (const r of off) reminders.saveReminder(r, () => true);
    reminders.saveReminder({ id: 'mine-hips', name: 'Loosen hips', message: '', enabled: true, schedule: { type: 'desk-time', everyMinutes: 20, breakMinutes: 3 }, routineId: routine.id }, () => true);
    if (!kept) core.routines.remove(routine.id);
    world.advance(21 * 60_000);
    expect(reminders.scheduler.status().open.map((r) => r.id)).toEqual(['mine-hips-1']);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('3:00 of your 3-minute break left')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Loosen hips');
    expect(screen.getByRole('heading', { level: 2, name: firstStep })).toBeTruthy();
  });
});

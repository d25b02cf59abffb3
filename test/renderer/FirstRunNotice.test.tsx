import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FirstRunNotice } from '../../renderer/components/FirstRunNotice';
import { renderWithCore } from './render-with-core';

describe('the first-run welcome', () => {
  it('says reminders are already running and keeps them to working hours unless the person chooses otherwise', async () => {
    const { user, core } = renderWithCore(
      <FirstRunNotice>
        <p>the app</p>
      </FirstRunNotice>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Welcome to Limber' });
    const reminders = within(dialog).getByRole('region', { name: 'Reminders are already running' });
    expect(within(reminders).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Change position: every 30 minutes at the computer; a 3-minute break restarts the count.',
      'Movement break: every 60 minutes at the computer; a 5-minute break restarts the count.',
    ]);
    const hours = within(reminders).getByRole('group', { name: 'Working hours' });
    expect((within(hours).getByLabelText('Only remind me during working hours') as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'I understand' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(core.settings.get('reminders').workingHours).toEqual({ enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' });
    expect(core.settings.get('noticeAcknowledgedAt')).not.toBeNull();
  });

  it('evenings and weekends too, when the person turns working hours off', async () => {
    const { user, core } = renderWithCore(<FirstRunNotice>app</FirstRunNotice>);
    await user.click(await screen.findByLabelText('Only remind me during working hours'));
    await user.click(screen.getByRole('button', { name: 'I understand' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(core.settings.get('reminders').workingHours.enabled).toBe(false);
  });

  it('refuses hours that end before they start, in words, and stays open with nothing saved', async () => {
    const { user, core } = renderWithCore(<FirstRunNotice>app</FirstRunNotice>);
    const until = await screen.findByLabelText('Until');
    await user.clear(until);
    await user.type(until, '08:00');
    await user.click(screen.getByRole('button', { name: 'I understand' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved. Working hours, until must end after it starts.');
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(core.settings.get('noticeAcknowledgedAt')).toBeNull();
    expect(core.settings.get('reminders').workingHours.enabled).toBe(false);
  });
});

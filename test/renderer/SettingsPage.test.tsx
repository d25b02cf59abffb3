import fs from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { keptName } from '../../electron/core/backup/kept-journals';
import { DEFAULT_REMINDER_SETTINGS } from '../../electron/core/reminders/reminder-settings';
import { App } from '../../renderer/App';
import { SettingsPage } from '../../renderer/pages/SettingsPage';
import { renderWithCore } from './render-with-core';

describe('Settings', () => {
  it('edits a built-in reminder, and the reminders follow it', async () => {
    const { user, core, reminders } = renderWithCore(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit Change position' }));
    const form = screen.getByRole('form', { name: 'Edit Change position' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Name')));
    const every = within(form).getByLabelText('Every (minutes at the computer)');
    // Typed over the selected value: clear-then-type raced React's re-render in happy-dom now and then.
    await user.type(every, '45', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    await user.click(within(form).getByRole('button', { name: 'Save reminder' }));
    expect(await screen.findByText('Every 45 minutes at the computer; a 3-minute break restarts the count.')).toBeTruthy();
    expect(core.settings.get('reminders').reminders.find((r) => r.id === 'posture')?.schedule).toEqual({ type: 'desk-time', everyMinutes: 45, breakMinutes: 3 });
    expect(reminders.scheduler.status().next).toMatchObject({ reminderId: 'posture', inMs: 45 * 60_000 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Change position' })));
  });

  it('closes a reminder’s editor with Escape, unsaved, the keyboard back on its Edit button; Ctrl+Enter saves', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit Change position' }));
    const form = screen.getByRole('form', { name: 'Edit Change position' });
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByLabelText('Name')));
    await user.keyboard('{Control>}a{/Control}Sit up{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit Change position' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Change position' })));
    expect(core.settings.get('reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('form', { name: 'Edit Change position' })).getByLabelText('Name')));
    await user.keyboard('{Control>}a{/Control}Sit up{Control>}{Enter}{/Control}');
    await waitFor(() => expect(core.settings.get('reminders').reminders.find((r) => r.id === 'posture')?.name).toBe('Sit up'));
  });

  it('refuses an interval out of range in plain words, beside the field, and saves nothing', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    await user.click(await screen.findByRole('button', { name: 'Edit Change position' }));
    const form = screen.getByRole('form', { name: 'Edit Change position' });
    const every = within(form).getByLabelText('Every (minutes at the computer)');
    await user.type(every, '2', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    await user.click(within(form).getByRole('button', { name: 'Save reminder' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Not saved. Reminder, when, every must be at least 5 minutes.');
    expect(core.settings.get('reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    await waitFor(() => expect(document.activeElement).toBe(every));
    expect(every.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(every.getAttribute('aria-describedby')!)?.textContent).toBe('must be at least 5 minutes');
  });

  it('adds a reminder of their own at set times on chosen days that opens a routine, pauses it and removes it', async () => {
    // With the desk-time reminders off, so the new one is the next to come.
    const deskOff = DEFAULT_REMINDER_SETTINGS.reminders.map((r) => (r.schedule.type === 'desk-time' ? { ...r, enabled: false } : r));
    const { user, core, reminders } = renderWithCore(<SettingsPage />, (c) => c.settings.set('reminders', { ...DEFAULT_REMINDER_SETTINGS, reminders: deskOff }));
    await user.click(await screen.findByRole('button', { name: 'Add a reminder' }));
    const form = screen.getByRole('form', { name: 'New reminder' });
    await user.type(within(form).getByLabelText('Name'), 'Breathe');
    await user.type(within(form).getByLabelText('Message (optional)'), 'Slow breaths with the pacer.');
    await user.click(within(form).getByRole('radio', { name: 'At set times' }));
    const first = within(form).getByLabelText<HTMLInputElement>('Time 1');
    await user.clear(first);
    await user.type(first, '11:15');
    await user.click(within(form).getByRole('button', { name: 'Add a time' }));
    await user.clear(within(form).getByLabelText('Time 2'));
    await user.type(within(form).getByLabelText('Time 2'), '16:00');
    const days = within(form).getByRole('group', { name: 'On these days' });
    for (const day of ['Tue', 'Thu']) await user.click(within(days).getByRole('checkbox', { name: day }));
    await user.selectOptions(within(form).getByLabelText('Opens a routine'), 'Tai-chi style breathing');
    await user.click(within(form).getByRole('button', { name: 'Add reminder' }));

    expect(await screen.findByText('At 11:15 and 16:00 on Monday, Wednesday and Friday. Opens Tai-chi style breathing.')).toBeTruthy();
    const own = core.settings.get('reminders').reminders.at(-1)!;
    expect(own).toMatchObject({ name: 'Breathe', message: 'Slow breaths with the pacer.', enabled: true, routineId: 'tai-chi-breathing', schedule: { type: 'clock', times: ['11:15', '16:00'], days: [1, 3, 5] } });
    expect(reminders.scheduler.status().next).toMatchObject({ reminderId: own.id, name: 'Breathe' });

    await user.click(screen.getByRole('button', { name: 'Pause Breathe' }));
    const resume = await screen.findByRole('button', { name: 'Resume Breathe' });
    expect(within(resume.closest('li')!).getByText('Paused')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(resume));
    expect(reminders.scheduler.status().next?.reminderId).not.toBe(own.id);
    await user.click(screen.getByRole('button', { name: 'Remove Breathe' }));
    await waitFor(() => expect(screen.queryByText('Breathe')).toBeNull());
    expect(core.settings.get('reminders').reminders.map((r) => r.id)).toEqual(['posture', 'movement', 'checkIn', 'magnesium']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a reminder' }));
  });

  it('restores a changed built-in reminder to Limber’s defaults; a built-in has no Remove', async () => {
    const { user, core } = renderWithCore(<SettingsPage />, (c) =>
      c.settings.set('reminders', { ...DEFAULT_REMINDER_SETTINGS, reminders: DEFAULT_REMINDER_SETTINGS.reminders.map((r) => (r.id === 'movement' ? { ...r, name: 'Walk about', routineId: null } : r)) }),
    );
    await user.click(await screen.findByRole('button', { name: 'Restore defaults of Walk about' }));
    expect(await screen.findByRole('button', { name: 'Edit Movement break' })).toBeTruthy();
    expect(screen.getByText(/Opens Desk warm-up\./)).toBeTruthy();
    expect(core.settings.get('reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(screen.queryByRole('button', { name: /^Remove / })).toBeNull();
  });

  it('turns each kind of quiet moment off, saying how this computer sees it', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    const quiet = await screen.findByRole('group', { name: 'Quiet moments' });
    const calls = within(quiet).getByRole('checkbox', { name: 'Hold reminders during calls' });
    expect(calls).toHaveProperty('checked', true);
    await user.click(calls);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. The next reminder has moved to match.');
    expect(core.settings.get('reminders').quiet).toEqual({ call: false, 'full-screen': true, 'system-do-not-disturb': true });
  });

  it('sets how movement breaks show: a strict break screen refuses too short a hold beside the field', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    const group = await screen.findByRole('group', { name: 'Breaks that open a routine show' });
    expect(within(group).getByRole('radio', { name: 'A banner and a notification' })).toHaveProperty('checked', true);
    await user.click(within(group).getByRole('radio', { name: 'A strict break screen: no Skip at first' }));
    const hold = within(group).getByLabelText('No Skip for the first (seconds)');
    await user.type(hold, '5', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.activeElement).toBe(hold));
    expect(document.getElementById(hold.getAttribute('aria-describedby')!)?.textContent).toBe('must be at least 10 seconds');
    expect(core.settings.get('reminders').breakScreen).toEqual({ mode: 'banner', strictSeconds: 60 });
    await user.type(hold, '30', { initialSelectionStart: 0, initialSelectionEnd: 1 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. The next reminder has moved to match.');
    expect(core.settings.get('reminders').breakScreen).toEqual({ mode: 'strict', strictSeconds: 30 });
  });

  it('asks before leaving with changes not saved, and stays when told to', async () => {
    window.location.hash = '#/settings';
    const { user } = renderWithCore(<App />, (core) => core.settings.acknowledgeNotice());
    const hours = await screen.findByRole('group', { name: 'Working hours' });
    await user.click(within(hours).getByRole('checkbox', { name: 'Only remind me during working hours' }));
    expect(screen.getByText('Changes not saved yet')).toBeTruthy();

    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    window.location.hash = '#/journal';
    await waitFor(() => expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Your reminder settings have changes that are not saved\./)));
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect(within(hours).getByRole<HTMLInputElement>('checkbox', { name: 'Only remind me during working hours' }).checked).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. The next reminder has moved to match.');
    expect(screen.queryByText('Changes not saved yet')).toBeNull();
    confirm.mockClear();
    window.location.hash = '#/journal';
    await screen.findByRole('heading', { level: 1, name: 'Journal' });
    expect(confirm).not.toHaveBeenCalled();
    Reflect.deleteProperty(window, 'confirm');
  });

  it('says when the last automatic backup failed, in words, and that the journal is unchanged', async () => {
    renderWithCore(<SettingsPage />, (core) => {
      core.backups.lastFailure = { at: Date.UTC(2026, 10, 25, 9), message: 'The disk is full: nothing was saved. Free some space, then try again.' };
    });
    const alert = await screen.findByText(/The last automatic backup failed/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toMatch(/The disk is full.*Your journal itself is unchanged/);
  });

  it('lists every journal kept aside, with why and where, so none is ever out of reach', async () => {
    renderWithCore(<SettingsPage />, (core) => {
      fs.writeFileSync(keptName(core.file, 'damaged', Date.UTC(2026, 10, 20, 8)), 'the damaged one');
      fs.writeFileSync(`${keptName(core.file, 'damaged', Date.UTC(2026, 10, 20, 8))}-wal`, 'its wal');
      fs.writeFileSync(keptName(core.file, 'before-restore', Date.UTC(2026, 10, 24, 8)), 'replaced');
    });
    const heading = await screen.findByRole('heading', { name: 'Kept aside' });
    const items = within(heading.parentElement!).getAllByRole('listitem').filter((li) => li.querySelector('code'));
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^The journal a restore replaced, .*: .*limber\.sqlite3\.before-restore-2026-11-24T08-00-00-000Z$/),
      expect.stringMatching(/^A damaged journal, set aside unchanged, .*: .*limber\.sqlite3\.damaged-2026-11-20T08-00-00-000Z$/),
    ]);
  });

  it('keeps an optional name and date of birth for the report, and refuses a birth date in the future', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    const form = await screen.findByRole('form', { name: 'For the doctor report' });
    await user.type(within(form).getByLabelText('Name'), '  Alex Example ');
    await user.type(within(form).getByLabelText('Date of birth'), '2999-01-01');
    await user.click(within(form).getByRole('button', { name: 'Save name and date of birth' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Not saved. Date of birth must not be in the future.');
    expect(core.settings.get('reportPerson')).toEqual({ name: '', dateOfBirth: null });
    await user.clear(within(form).getByLabelText('Date of birth'));
    await user.type(within(form).getByLabelText('Date of birth'), '1980-03-14');
    await user.click(within(form).getByRole('button', { name: 'Save name and date of birth' }));
    expect(await within(form).findByText('Saved. The report shows it at the top of every page.')).toBeTruthy();
    expect(core.settings.get('reportPerson')).toEqual({ name: 'Alex Example', dateOfBirth: '1980-03-14' });
  });
});

import fs from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { keptName } from '../../electron/core/backup/kept-journals';
import { DEFAULT_REMINDER_SETTINGS } from '../../electron/core/reminders/reminder-settings';
import { App } from '../../renderer/App';
import { SettingsPage } from '../../renderer/pages/SettingsPage';
import { renderWithCore } from './render-with-core';

describe('Settings', () => {
  it('saves a changed interval, and the reminders follow it', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    const posture = await screen.findByRole('group', { name: 'Change position' });
    const every = within(posture).getByLabelText('Every (minutes at the computer)');
    // Typed over the selected value: clear-then-type raced React's re-render in happy-dom now and then.
    await user.type(every, '45', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. The next reminder has moved to match.')).toBeTruthy();
    expect(core.settings.get('reminders').posture.everyMinutes).toBe(45);
  });

  it('refuses an interval out of range in plain words, and saves nothing', async () => {
    const { user, core } = renderWithCore(<SettingsPage />);
    const posture = await screen.findByRole('group', { name: 'Change position' });
    const every = within(posture).getByLabelText('Every (minutes at the computer)');
    await user.type(every, '2', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved. Change position, every must be at least 5 minutes.');
    expect(core.settings.get('reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    // Beside the field too, which the keyboard is taken to and which reads it out.
    await waitFor(() => expect(document.activeElement).toBe(every));
    expect(every.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(every.getAttribute('aria-describedby')!)?.textContent).toBe('must be at least 5 minutes');
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
    const group = await screen.findByRole('group', { name: 'Movement breaks show' });
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
    const posture = await screen.findByRole('group', { name: 'Change position' });
    await user.type(within(posture).getByLabelText('Every (minutes at the computer)'), '45', { initialSelectionStart: 0, initialSelectionEnd: 2 });
    expect(screen.getByText('Changes not saved yet')).toBeTruthy();

    const confirm = vi.fn(() => false);
    Object.defineProperty(window, 'confirm', { value: confirm, configurable: true });
    window.location.hash = '#/journal';
    await waitFor(() => expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Your reminder settings have changes that are not saved\./)));
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect(within(posture).getByLabelText<HTMLInputElement>('Every (minutes at the computer)').value).toBe('45');

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

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// Reminder time runs 60× faster: a 5-minute interval takes 5 seconds.
const session = e2eSession('limber-e2e-reminders-', ['--time-scale', '60']);

describe('reminders in Chromium through the preview host', () => {
  it('follows a changed interval, shows the due reminder as a banner, and snoozes it', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    await page.getByRole('button', { name: 'I understand' }).click();
    const next = page.locator('.next-reminder');
    await expect.poll(() => next.textContent()).toMatch(/^Next: change position at .* \(after (30|29) more min at the computer\)\.$/);

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const posture = page.getByRole('group', { name: 'Change position' });
    await posture.getByLabel('Every (minutes at the computer)').fill('5');
    await page.getByRole('group', { name: 'Movement break' }).getByLabel('On').uncheck();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. The next reminder has moved to match.').waitFor();

    await page.getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => next.textContent()).toMatch(/after [0-5] more min at the computer/);

    const banner = page.getByRole('region', { name: 'Reminder: Change position' });
    await banner.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'reminder-banner.png'), fullPage: true });
    await banner.getByRole('button', { name: 'Snooze 5 min' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText(/^Why: snoozed until/).count()).toBe(1);

    await banner.waitFor({ timeout: 15_000 });
    await banner.getByRole('button', { name: 'Done' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.close();
    expect(session.problems).toEqual([]);
  });
});

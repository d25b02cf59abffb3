import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// The person makes a routine in the editor and a reminder of their own that opens it; time runs
// 60 times faster in the preview host, so the reminder's 5 minutes at the computer pass in 5 s.
const session = e2eSession('limber-e2e-own-reminder-', ['--time-scale', '60']);

describe('a reminder and a routine of the person’s own', () => {
  it('the reminder fires after its desk time and opens the routine made for it', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    const welcome = page.getByRole('dialog', { name: 'Welcome to Limber' });
    // The test runs at any hour: reminders outside working hours too.
    await welcome.getByLabel('Only remind me during working hours').uncheck();
    await welcome.getByRole('button', { name: 'I understand' }).click();

    // A routine of two steps: a timed one with a drawing, then repetitions.
    await page.getByRole('link', { name: 'Routines', exact: true }).click();
    await page.getByRole('link', { name: 'New routine' }).click();
    await page.getByRole('heading', { name: 'New routine' }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Hip loosener');
    const first = page.getByRole('group', { name: /^Step 1/ });
    await first.getByLabel('Title').fill('Hip circles');
    await first.getByLabel('What to do').fill('Hands on hips, slow circles each way.');
    await first.getByRole('spinbutton', { name: 'Seconds' }).fill('30');
    await first.getByRole('radio', { name: 'Hip circles' }).check();
    await page.getByRole('button', { name: 'Add a step' }).click();
    const second = page.getByRole('group', { name: /^Step 2/ });
    await second.getByLabel('Title').fill('Heel raises');
    await second.getByRole('radio', { name: 'Repetitions' }).check();
    await second.getByRole('spinbutton', { name: 'Times' }).fill('10');
    await page.screenshot({ path: path.join(ARTIFACTS, 'routine-editor.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved “Hip loosener”.').waitFor();

    // The reminder: every 5 minutes at the computer, opening that routine. The built-in desk
    // reminders are paused so this one is the one that comes.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    for (const name of ['Change position', 'Movement break']) {
      await page.getByRole('button', { name: `Pause ${name}` }).click();
      await page.getByRole('button', { name: `Resume ${name}` }).waitFor();
    }
    await page.getByRole('button', { name: 'Add a reminder' }).click();
    const form = page.getByRole('form', { name: 'New reminder' });
    await form.getByLabel('Name', { exact: true }).fill('Loosen hips');
    await form.getByLabel('Message (optional)').fill('Two minutes for your hips.');
    await form.getByRole('radio', { name: 'Every so many minutes at the computer' }).check();
    await form.getByLabel('Every (minutes at the computer)').fill('5');
    await form.getByLabel('Opens a routine').selectOption({ label: 'Hip loosener' });
    await form.getByRole('button', { name: 'Add reminder' }).click();
    await form.waitFor({ state: 'detached' });
    const listed = page.locator('[data-reminder]', { hasText: 'Loosen hips' });
    expect((await listed.textContent())?.replace(/\s+/g, ' ')).toContain('Every 5 minutes at the computer; a 5-minute break restarts the count. Opens Hip loosener.');

    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const card = page.getByRole('region', { name: 'Reminders' });
    await expect.poll(async () => (await card.locator('.next-reminder').textContent())?.trim()).toMatch(/^Next: Loosen hips at /);
    const banner = page.getByRole('region', { name: 'Reminder: Loosen hips' });
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toContain('Two minutes for your hips.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'own-reminder-banner.png') });

    await banner.getByRole('link', { name: 'Start Hip loosener' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hip loosener' }).waitFor();
    expect(page.url()).toMatch(/#\/routines\/mine-[a-z0-9-]+$/);
    await page.getByText('Hip circles').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'own-routine-opened.png'), fullPage: true });
    // Answered by starting it: the banner is gone and the next one is counted afresh.
    await banner.waitFor({ state: 'detached' });
    await page.close();
    expect(session.problems).toEqual([]);
  });
});

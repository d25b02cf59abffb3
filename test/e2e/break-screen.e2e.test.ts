import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/limber-core';
import { reminderSettings } from '../support/reminder-patch';
import { axeViolations } from './axe';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// The preview's break screen is a page layout: a movement break every 5 minutes of reminder time
// (5 s at 60×), the break screen on. It waits for a pause in typing, then takes the page.
const session = e2eSession('limber-e2e-break-', ['--time-scale', '60'], (dataDir) => {
  const core = createCore({ dataDir, clock: systemClock });
  core.settings.acknowledgeNotice();
  core.settings.set('reminders', reminderSettings({ posture: { enabled: false }, movement: { everyMinutes: 5 }, breakScreen: { mode: 'screen' } }));
  core.close();
});

describe('the break screen in the preview', () => {
  it('waits while the person types, then shows the warm-up with a countdown; Done answers and returns to Today', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    await page.setViewportSize({ width: 1366, height: 768 });
    const banner = page.getByRole('region', { name: 'Reminder: Movement break' });
    const typing = async (ms: number) => {
      for (const end = Date.now() + ms; Date.now() < end; ) {
        await page.keyboard.press('Shift');
        await page.waitForTimeout(200);
      }
    };
    for (let i = 0; i < 60 && !(await banner.isVisible()); i++) await typing(250);
    expect(await banner.isVisible()).toBe(true);
    await typing(2500);
    expect(page.url()).not.toMatch(/#\/break\//);

    await page.waitForURL(/#\/break\/movement-\d+$/, { timeout: 10_000 });
    await page.getByRole('heading', { level: 1, name: 'Movement break' }).waitFor();
    expect(await page.getByText(/of your 5-minute break left$/).textContent()).toMatch(/^[45]:\d{2} of your 5-minute break left$/);
    expect(await page.getByRole('button', { name: 'Skip this break' }).isEnabled()).toBe(true);
    expect(await page.title()).toBe('Movement break – Limber');
    await page.screenshot({ path: path.join(ARTIFACTS, 'break-screen.png') });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Done' }).click();
    await page.waitForURL(/#\/$/);
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    await banner.waitFor({ state: 'detached' });
    await page.close();
    expect(session.problems).toEqual([]);
  });
});

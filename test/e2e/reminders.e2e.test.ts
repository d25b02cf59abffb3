import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// Reminder time runs 60× faster: a minute of desk time takes a second.
const session = e2eSession('limber-e2e-reminders-', ['--time-scale', '60']);

/** A clock time as Chromium writes it for en-US ("9:05 AM", with a narrow space). */
const US_TIME = String.raw`\d{1,2}:\d{2}\s[AP]M`;
const text = async (locator: Locator) => (await locator.textContent())?.trim() ?? '';

/** Changes a reminder's desk time in its editor, and waits until it is saved. */
async function editEvery(page: Page, name: string, every: string) {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const form = page.getByRole('form', { name: `Edit ${name}` });
  await form.getByLabel('Every (minutes at the computer)').fill(every);
  await form.getByRole('button', { name: 'Save reminder' }).click();
  await form.waitFor({ state: 'detached' });
}

async function setReminders(page: Page, posture: { every: string }, movement: { on: boolean; every?: string }) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await editEvery(page, 'Change position', posture.every);
  if (movement.every) await editEvery(page, 'Movement break', movement.every);
  const toggle = page.getByRole('button', { name: /^(Pause|Resume) Movement break$/ });
  if (((await text(toggle)) === 'Pause') !== movement.on) {
    await toggle.click();
    await page.getByRole('button', { name: `${movement.on ? 'Pause' : 'Resume'} Movement break` }).waitFor();
  }
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await page.getByLabel('Pain (0–10)').waitFor();
}

describe('the reminders card in Chromium through the preview host', () => {
  it('says which reminder waits and why that one came, what comes next and why, in one clock format', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    // The welcome says reminders already run, and offers working hours (on): this test runs at any hour.
    const welcome = page.getByRole('dialog', { name: 'Welcome to Limber' });
    const heading = welcome.getByRole('heading', { name: 'Reminders are already running' });
    await heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-run-reminders.png') });
    expect(await welcome.getByLabel('Only remind me during working hours').isChecked()).toBe(true);
    // On a laptop screen the confirmation is in view without scrolling the dialog.
    await page.setViewportSize({ width: 1366, height: 768 });
    await welcome.evaluate((dialog) => dialog.scrollTo(0, 0));
    expect(await welcome.getByRole('button', { name: 'I understand' }).isVisible()).toBe(true);
    const button = (await welcome.getByRole('button', { name: 'I understand' }).boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(768);
    await welcome.getByLabel('Only remind me during working hours').uncheck();
    await welcome.getByRole('button', { name: 'I understand' }).click();
    // Focus goes to the page behind, not to nowhere.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    const card = page.getByRole('region', { name: 'Reminders' });
    const next = card.locator('.next-reminder');
    const nextWhy = card.locator('.next-why');
    await expect.poll(() => text(next)).toMatch(new RegExp(`^Next: Change position at ${US_TIME}, after (30|29|28) more minutes at the computer\\.$`));
    expect(await text(nextWhy)).toMatch(new RegExp(`^Why: every 30 minutes at the computer, counted since Limber started at ${US_TIME}\\.$`));

    // A posture check waits: the card and the banner give its reason.
    await setReminders(page, { every: '5' }, { on: false });
    const headingAt = async () => (await page.locator('main h1').boundingBox())!.y;
    const before = await headingAt();
    const live = page.locator('[role="status"][aria-live="polite"]').first();
    const posture = page.getByRole('region', { name: 'Reminder: Change position' });
    await posture.waitFor({ timeout: 15_000 });
    // Arrives over the page's foot: nothing moves; and it is announced, once.
    expect(await headingAt()).toBe(before);
    await expect.poll(() => text(live)).toBe('Reminder: Change position. Shift how you sit, or stand for a moment, and move a little.');
    const postureWhy = new RegExp(`^Why now: \\d+ minutes at the computer since Limber started at ${US_TIME}\\.$`);
    expect(await text(posture.locator('.hint'))).toMatch(postureWhy);
    expect(await text(card.locator('.open-reminder'))).toMatch(/^Waiting for your answer: Change position\. Why now: \d+ minutes at the computer since Limber started at /);
    expect(await text(next)).toBe('The next desk reminder is counted once you answer this one.');
    await page.screenshot({ path: path.join(ARTIFACTS, 'reminders-posture-waiting.png') });
    // The banner passes axe light and dark, on a laptop and at 320 px.
    const found: Record<string, string[]> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const size of [{ width: 1366, height: 768 }, { width: 320, height: 640 }]) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize(size);
        const violations = await axeViolations(page);
        if (violations.length > 0) found[`${colorScheme}-${size.width}`] = violations;
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'reminders-banner-dark-320.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1000, height: 760 });
    expect(found).toEqual({});
    await posture.getByRole('button', { name: 'Done' }).click();
    await posture.waitFor({ state: 'detached' });
    // Focus goes back to the page, not to nowhere; the heading has not moved.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(await headingAt()).toBe(before);

    // A movement break turned on counts from then, and comes first (the posture check now every 10).
    await setReminders(page, { every: '10' }, { on: true, every: '5' });
    const movement = page.getByRole('region', { name: 'Reminder: Movement break' });
    await movement.waitFor({ timeout: 15_000 });
    expect(await text(movement.locator('.hint'))).toMatch(new RegExp(`^Why now: \\d+ minutes at the computer since you turned it on at ${US_TIME}\\.$`));
    expect(await text(card.locator('.open-reminder'))).toMatch(/^Waiting for your answer: Movement break\. Why now: \d+ minutes at the computer since you turned it on at /);
    await page.screenshot({ path: path.join(ARTIFACTS, 'reminders-movement-waiting.png'), fullPage: true });

    // Snoozed: the posture check comes first, and says its count restarted when it was done.
    await movement.getByRole('button', { name: 'Snooze 5 min' }).click();
    await movement.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await expect.poll(() => text(next)).toMatch(new RegExp(`^Next: Change position at ${US_TIME}, after ([0-9]|10) more minutes? at the computer\\.$`));
    expect(await text(nextWhy)).toMatch(new RegExp(`^Why: every 10 minutes at the computer, counted since you took the last one at ${US_TIME}\\.$`));
    await posture.waitFor({ timeout: 15_000 });
    await posture.getByRole('button', { name: 'Done' }).click();
    await movement.waitFor({ timeout: 15_000 });
    expect(await text(movement.locator('.hint'))).toMatch(new RegExp(`^Why now: You snoozed it for 5 minutes at ${US_TIME}\\.$`));
    await page.screenshot({ path: path.join(ARTIFACTS, 'reminders-snoozed-waiting.png'), fullPage: true });
    await movement.getByRole('button', { name: 'Done' }).click();
    await movement.waitFor({ state: 'detached' });

    // Paused: what is held and until when.
    await card.getByRole('button', { name: 'Pause 1 hour' }).click();
    // The Pause buttons give way to Resume, which takes the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Resume');
    await expect.poll(() => text(card.locator('.held-reminders'))).toMatch(
      new RegExp(`^Paused until ${US_TIME}\\. Desk time still counts; anything that falls due comes once, when the pause ends\\.$`),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'reminders-paused.png'), fullPage: true });
    // Every clock time on the card is written the same way.
    const times = (await text(card)).match(/\d{1,2}:\d{2}(\s[AP]M)?/g) ?? [];
    expect(times.length).toBeGreaterThan(0);
    expect(times.filter((t) => !new RegExp(`^${US_TIME}$`).test(t))).toEqual([]);
    await card.getByRole('button', { name: 'Resume' }).click();
    await page.close();

    // A person whose locale writes a 24-hour clock sees one.
    const british = await openWatched(session.browser(), session.host().url, session.problems, 'light', 'en-GB');
    const britishWhy = british.getByRole('region', { name: 'Reminders' }).locator('.next-why');
    await expect.poll(() => text(britishWhy)).toMatch(/ at \d{2}:\d{2}\.$/);
    expect(await text(british.getByRole('region', { name: 'Reminders' }))).not.toMatch(/[AP]M/);
    await british.close();
    expect(session.problems).toEqual([]);
  });
});

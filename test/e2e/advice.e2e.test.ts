import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

const session = e2eSession('limber-e2e-advice-');
const problems = session.problems;
const browser = () => session.browser();
const host = () => session.host();

describe('advice and routines in Chromium through the preview host', () => {
  it('shows the notice and red flags on first run only', async () => {
    const page = await openWatched(browser(), host().url, problems);
    const dialog = page.getByRole('dialog', { name: 'Welcome to Limber' });
    await dialog.waitFor();
    await dialog.getByText('It is not medical advice').waitFor();
    await dialog.getByRole('heading', { name: 'When to see a doctor now' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-run.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'I understand' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Today/ }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('searches, opens an item, saves it, and finds it under Saved', async () => {
    const page = await openWatched(browser(), `${host().url}#/advice`, problems);
    await page.getByRole('heading', { name: 'When to see a doctor now' }).waitFor();
    await page.getByLabel('Search advice').fill('magnesium');
    const results = page.getByRole('region', { name: 'Search results' });
    const first = results.getByRole('link').first();
    await expect.poll(() => first.textContent()).toMatch(/magnesium/i);
    await page.screenshot({ path: path.join(ARTIFACTS, 'advice-search.png'), fullPage: true });
    await first.click();

    await page.getByRole('heading', { name: 'What the evidence says' }).waitFor();
    await page.getByRole('button', { name: '☆ Save' }).click();
    await page.getByRole('button', { name: '★ Saved' }).waitFor();
    expect(await page.getByRole('button', { name: '★ Saved' }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: path.join(ARTIFACTS, 'advice-item.png'), fullPage: true });

    await page.getByRole('link', { name: 'Advice', exact: true }).first().click();
    const saved = page.getByRole('region', { name: 'Saved' });
    await expect.poll(() => saved.getByRole('link').first().textContent()).toMatch(/magnesium/i);
    await page.screenshot({ path: path.join(ARTIFACTS, 'advice.png'), fullPage: true });
    await page.close();
  });

  it('runs the breathing routine to the end and shows the activity in the Journal', async () => {
    const page = await browser().newPage({ viewport: { width: 1000, height: 760 } });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // The page's timers run on a controlled clock: the routine really counts down, without waiting.
    await page.clock.install();
    await page.goto(`${host().url}#/routines`);
    await page.getByRole('link', { name: /breathing/i }).click();
    await page.getByLabel('Breaths').fill('2');
    await page.getByLabel('Breathe in (seconds)').fill('3');
    await page.getByLabel('Breathe out (seconds)').fill('4');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(22_000);
    await page.screenshot({ path: path.join(ARTIFACTS, 'routine-breathing.png'), fullPage: true });
    // Breathing in: the pacer grows, unless the person asked the system for less motion.
    const pacer = page.locator('.pacer');
    expect(await pacer.evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await pacer.evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    await page.clock.runFor(120_000);
    await page.getByText(/^Well done: .* finished\. 6 of 6 steps done\.$/).waitFor();
    await page.getByText('Logged in your journal: Breathing, 1 min (6 steps done).').waitFor();

    await page.getByRole('link', { name: 'Journal' }).click();
    const activities = page.getByRole('region', { name: 'Journal entries' });
    await activities.getByRole('article', { name: /Breathing, 1 min$/ }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'journal-activities.png'), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('a warm-up skipped through without starting logs nothing, and says so', async () => {
    const page = await openWatched(browser(), `${host().url}#/routines/desk-warm-up`, problems);
    const steps = Number((await page.getByText(/^Step 1 of \d+, \d+ seconds$/).textContent())!.match(/of (\d+)/)![1]);
    for (let i = 0; i < steps; i++) await page.getByRole('button', { name: 'Skip step' }).click();
    await page.getByText(`every step skipped. 0 of ${steps} steps done, ${steps} skipped.`, { exact: false }).waitFor();
    await page.getByText('Nothing was logged in your journal: no step was done.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'routine-skipped.png'), fullPage: true });
    await page.getByRole('link', { name: 'Journal' }).click();
    const entries = page.getByRole('region', { name: 'Journal entries' });
    await entries.getByRole('article').first().waitFor();
    expect(await entries.getByRole('article', { name: /Warm-up/ }).count()).toBe(0);
    await page.close();
    expect(problems).toEqual([]);
  });
});

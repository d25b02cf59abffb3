import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openWatched, restartableSession, type RunningHost } from './preview-host';

const session = restartableSession('limber-e2e-');
const { problems } = session;
let host: RunningHost | undefined;

const openApp = (url: string, colorScheme: 'light' | 'dark' = 'light') => openWatched(session.browser(), url, problems, colorScheme);

const episodeCard = (page: Page, name: RegExp) => page.getByRole('article', { name });

describe('the journal in Chromium through the preview host', () => {
  it('logs an episode on Today, keeps it across reloads and restarts, edits it, deletes and undoes', async () => {
    host = await session.start();
    let page = await openApp(host.url);

    // First run: the notice and red flags come first, then the rating field has focus.
    await page.getByRole('button', { name: 'I understand' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Today/);
    await page.getByLabel('Pain (0–10)').focus();
    // "7", Enter logs an episode.
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await page.getByText('Logged pain 7 of 10 (severe), Lower back.').waitFor();
    const todayList = page.getByRole('region', { name: 'Today’s entries' });
    await todayList.getByRole('article', { name: /pain 7 of 10, Lower back$/ }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'today.png'), fullPage: true });

    await page.getByRole('link', { name: 'Journal' }).click();
    await episodeCard(page, /pain 7 of 10/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'journal.png'), fullPage: true });

    await page.reload();
    await episodeCard(page, /pain 7 of 10/).waitFor();
    await page.close();

    host = await session.start();
    page = await openApp(`${host.url}#/journal`);
    await episodeCard(page, /pain 7 of 10/).waitFor();

    await page.getByRole('button', { name: /^Edit pain 7 of 10 at/ }).click();
    await page.getByLabel('Pain (0–10)').fill('3');
    await page.getByLabel('Notes', { exact: true }).fill('Better after heat');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await episodeCard(page, /pain 3 of 10/).waitFor();
    await page.getByText('Better after heat').waitFor();

    await page.getByRole('button', { name: /^Delete pain 3 of 10 at/ }).click();
    await page.getByText('Entry deleted.').waitFor();
    expect(await episodeCard(page, /pain 3 of 10/).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await episodeCard(page, /pain 3 of 10/).waitFor();

    await page.reload();
    await episodeCard(page, /pain 3 of 10/).waitFor();
    await page.close();

    const dark = await openApp(host.url, 'dark');
    await dark.getByRole('article', { name: /pain 3 of 10/ }).waitFor();
    const background = await dark.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(22, 24, 29)');
    await dark.screenshot({ path: path.join(ARTIFACTS, 'today-dark.png'), fullPage: true });
    await dark.close();

    expect(problems).toEqual([]);
  });

  it('refuses a page opened without the run key', async () => {
    host ??= await session.start();
    const page = await session.browser().newPage();
    const response = await page.goto(host.url.replace(/\?token=.*/, ''));
    expect(response?.status()).toBe(403);
    expect(await page.textContent('body')).toContain('Open the address printed by `npm run preview`');
    await page.close();
  });
});

import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// Red flags where the person looks: first for a search in everyday words, one link from every
// advice item, and beside the confirmation of an entry that mentions one.

const session = e2eSession('limber-e2e-red-flags-');
let page: Page;
beforeAll(async () => {
  page = await openWatched(session.browser(), session.host().url, session.problems);
  await page.getByRole('button', { name: 'I understand' }).click();
});
afterAll(async () => {
  await page.close();
  expect(session.problems).toEqual([]);
});

describe('red flags in Chromium through the preview host', () => {
  it.each(['numb legs', 'sciatica', "can't pee", 'fever', 'after a fall'])('a search for "%s" answers with the red flags first', async (query) => {
    await page.goto(`${session.host().url}#/advice`);
    await page.getByLabel('Search advice').fill(query);
    const results = page.getByRole('region', { name: 'Search results' });
    await results.getByRole('heading', { name: 'When to see a doctor now' }).waitFor();
    // First in the results: the card comes before any item or "nothing found".
    expect(await results.locator(':scope > *').first().getByRole('heading').first().textContent()).toBe('When to see a doctor now');
    expect(await results.getByRole('status').textContent()).not.toMatch(/^Nothing found/);
    if (query === 'numb legs') {
      expect(await results.locator('li.mentioned').textContent()).toMatch(/numbness in both legs.*you mentioned this/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'red-flags-search.png'), fullPage: true });
    }
  });

  it('every advice item links to the red flags', async () => {
    await page.goto(`${session.host().url}#/advice/heat-therapy`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'When to see a doctor now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Red flags: when back pain needs a doctor' }).waitFor();
    await page.getByRole('heading', { name: 'When to see a doctor now' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'red-flags-page.png'), fullPage: true });
  });

  it('pain 10 with "numbness in both legs, trouble peeing": the red flags beside "Logged", calmly, once a day', async () => {
    await page.goto(`${session.host().url}#/`);
    await page.getByText('What it feels like, triggers, relief and notes').click();
    await page.getByLabel('Notes').fill('numbness in both legs, trouble peeing');
    await page.getByLabel('Pain (0–10)').fill('10');
    await page.getByRole('button', { name: 'Log pain' }).click();
    await page.getByText(/^Logged pain 10 of 10/).waitFor();
    const card = page.getByRole('region', { name: 'Worth a look: when to see a doctor' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/Your note mentions something on this list.*You logged pain of 10 out of 10\..*not a diagnosis/);
    expect(await card.locator('li.mentioned').count()).toBe(2);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'red-flags-after-logging.png'), fullPage: true });

    await page.getByLabel('Pain (0–10)').fill('9');
    await page.getByRole('button', { name: 'Log pain' }).click();
    await page.getByText(/^Logged pain 9 of 10/).waitFor();
    expect(await card.count()).toBe(0);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, restartableSession } from './preview-host';

const session = restartableSession('limber-e2e-data-');
const { problems, dataDir, firstRun } = session;

async function journal(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  const list = page.getByRole('region', { name: 'Journal entries' });
  await list.getByRole('article').first().waitFor();
  return list.getByRole('article').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

async function importFile(page: Page, file: string) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Import an export file').setInputFiles(file);
}

describe('a whole journal: log, export, wipe, import', () => {
  it('comes back the same after export and import into a wiped data folder; a broken file changes nothing', async () => {
    let page = await firstRun();
    await page.getByLabel('Pain (0–10)').fill('5');
    await page.getByRole('button', { name: 'Log pain' }).click();
    const addSupplement = page.getByRole('form', { name: 'Add a supplement' });
    await addSupplement.getByLabel('Supplement name').fill('Magnesium');
    await addSupplement.getByLabel('Usual dose').fill('200 mg');
    // Enter in the dose field adds it (a click on Add can land on the name field's suggestion list).
    await addSupplement.getByLabel('Usual dose').press('Enter');
    await page.getByRole('button', { name: 'Take Magnesium' }).click({ timeout: 8000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(ARTIFACTS, 'data-add-supplement-failed.png'), fullPage: true });
      throw error;
    });
    await page.getByText('Logged Magnesium, 200 mg.').waitFor();
    await page.getByRole('toolbar', { name: 'Food groups' }).getByRole('button', { name: 'Berries' }).click();
    await page.getByRole('button', { name: 'Log food' }).click();
    await page.getByText('Food logged.').waitFor();
    await page.getByLabel('What', { exact: true }).selectOption('walk');
    await page.getByLabel('Minutes', { exact: true }).fill('25');
    await page.getByRole('button', { name: 'Log activity' }).click();
    await page.getByText('Logged walk, 25 min.').waitFor();
    await page.getByLabel('Pain today').fill('3');
    await page.getByLabel('Stiffness').fill('4');
    await page.getByLabel('Sleep quality').fill('8');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Check-in saved.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'today-full.png'), fullPage: true });

    const before = await journal(page);
    expect(before).toHaveLength(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'journal-timeline.png'), fullPage: true });

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
    const exported = path.join(ARTIFACTS, 'export.json');
    await download.saveAs(exported);
    const file = JSON.parse(fs.readFileSync(exported, 'utf8')) as { format: string; episodes: { intensity: number }[] };
    expect(file.format).toBe('limber-journal');

    await page.close();
    await session.wipe();
    page = await firstRun();
    expect(await page.getByText('Nothing logged today.').count()).toBe(1);

    await importFile(page, exported);
    await page.getByText('Imported: 6 added.').waitFor();
    expect(await journal(page)).toEqual(before);

    const broken = path.join(ARTIFACTS, 'broken-export.json');
    file.episodes[0]!.intensity = 11;
    fs.writeFileSync(broken, JSON.stringify(file));
    await importFile(page, broken);
    const alert = page.getByRole('alert');
    await alert.getByText('The file was not imported, and nothing was changed.', { exact: false }).waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['episodes.0.intensity: must be 0 to 10']);
    expect(await journal(page)).toEqual(before);

    await importFile(page, exported);
    await page.getByText('Imported: 0 added, 6 already in your journal.').waitFor();
    expect(await journal(page)).toEqual(before);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('restores a chosen backup, keeping the journal it replaces', async () => {
    await session.wipe();
    const page = await firstRun(); // the first start backs up today's (empty) journal
    await page.getByLabel('Pain (0–10)').fill('6');
    await page.getByRole('button', { name: 'Log pain' }).click();
    await page.getByText(/^Logged pain 6 of 10/).waitFor();

    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: /^Restore the backup from / }).click();
    await page.getByText(/^Restored the backup from /).waitFor();

    await page.getByRole('link', { name: 'Journal', exact: true }).click();
    await page.getByText('Nothing logged yet. Start from Today.').waitFor();
    expect(fs.readdirSync(dataDir).filter((f) => /^limber\.sqlite3\.before-restore-[^-]/.test(f) && !/-(wal|shm)$/.test(f))).toHaveLength(1);
    await page.close();
    expect(problems).toEqual([]);
  });
});

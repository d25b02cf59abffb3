import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { JournalFile } from '../../electron/core/transfer/journal-file';
import { ARTIFACTS, restartableSession } from './preview-host';

// A pain record as rich as the pain journals': the back of the left thigh with tingling, a
// medication dose and a check-in factor of the person's own, through export and import into a
// wiped data folder unchanged; then Insights compares days by that factor.

const session = restartableSession('limber-e2e-rich-');
const { problems, firstRun } = session;

async function exportFile(page: Page, name: string): Promise<JournalFile> {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  const file = path.join(ARTIFACTS, name);
  await download.saveAs(file);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JournalFile;
}

async function importFile(page: Page, file: string, says: string) {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Import an export file').setInputFiles(file);
  await page.getByText(says).waitFor();
}

async function journalEntries(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  const list = page.getByRole('region', { name: 'Journal entries' });
  await list.getByRole('article').first().waitFor();
  return list.getByRole('article').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

const withoutExportTime = (file: JournalFile) => ({ ...file, exportedAt: 0 });
const localDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('en-CA');

describe('a rich pain record, exported and imported back, and a factor of the person’s own in Insights', () => {
  it('keeps the place, the pain words, the medication and the factor’s answer through export and import', async () => {
    let page = await firstRun();

    // A factor of the person's own, asked in every check-in.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const factors = page.getByRole('group', { name: 'Check-in factors' });
    await factors.getByRole('button', { name: 'Add a factor' }).click();
    await factors.getByRole('group', { name: 'Factor 1' }).getByLabel('Name').fill('Stress');
    await factors.getByRole('group', { name: 'Factor 1' }).getByLabel('Answered').selectOption({ label: '0 to 10' });
    await factors.getByRole('button', { name: 'Save check-in factors' }).click();
    await factors.getByText('Saved. Today’s check-in asks these.').waitFor();

    // Pain at the back of the left thigh, tingling.
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    const behind = page.getByRole('group', { name: 'Where, from behind' });
    // A fresh journal's form starts at the lower back.
    for (const name of ['Lower back, left', 'Lower back, right']) await behind.getByRole('checkbox', { name }).setChecked(false);
    await behind.getByRole('checkbox', { name: 'Back of thigh, left' }).setChecked(true);
    expect(await page.getByRole('group', { name: /^Where, / }).getByRole('checkbox', { checked: true }).count()).toBe(1);
    // The body map as marked, in both themes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator('.body-map').screenshot({ path: path.join(ARTIFACTS, `body-map-thigh-${colorScheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    // Clicked straight after the map: nothing may move under the pointer (the map's key hint did).
    await page.getByText('What it feels like, triggers, relief and notes').click();
    await page.getByRole('button', { name: 'tingling' }).click();
    await page.getByLabel('Pain (0–10)').fill('6');
    await page.getByRole('button', { name: 'Log pain' }).click();
    await page.getByText(/Logged pain 6 of 10/).waitFor();

    // A medication of their own, and a dose of it.
    const addMedication = page.getByRole('form', { name: 'Add a medication' });
    await addMedication.getByLabel('Medication name').fill('Ibuprofen');
    await addMedication.getByLabel('Usual dose').fill('200 mg');
    await addMedication.getByLabel('Usual dose').press('Enter');
    await page.getByRole('button', { name: 'Take Ibuprofen' }).click();
    await page.getByText('Logged Ibuprofen, 200 mg.').waitFor();

    // The check-in answers the factor.
    await page.getByLabel('Pain today').fill('3');
    await page.getByLabel('Stiffness').fill('4');
    await page.getByLabel('Sleep quality').fill('8');
    await page.getByLabel('Stress', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('Check-in saved.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'rich-record-today.png'), fullPage: true });

    const before = await journalEntries(page);
    expect(before.find((e) => e.includes('Back of thigh'))).toMatch(/Back of thigh, left.*tingling|tingling.*Back of thigh, left/i);
    expect(before.some((e) => /Med.*Ibuprofen, 200 mg/.test(e))).toBe(true);
    expect(before.find((e) => e.startsWith('✓'))).toMatch(/Stress 7/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'rich-record-journal.png'), fullPage: true });

    const exported = await exportFile(page, 'rich-record-export.json');
    expect(exported.episodes).toEqual([expect.objectContaining({ intensity: 6, areas: ['thigh-back-left'], qualities: ['tingling'] })]);
    expect(exported.supplements).toEqual([expect.objectContaining({ kind: 'medication', name: 'Ibuprofen', defaultDose: '200 mg' })]);
    const [stress] = exported.checkInFactors;
    expect(stress).toMatchObject({ name: 'Stress', type: 'scale', archived: false });
    expect(exported.checkIns).toEqual([expect.objectContaining({ pain: 3, factors: { [stress!.id]: 7 } })]);

    // Wiped, and imported back: the same journal, and the same file when exported again.
    await page.close();
    await session.wipe();
    page = await firstRun();
    const records = [exported.episodes, exported.supplements, exported.supplementDoses, exported.checkIns, exported.checkInFactors].flat().length;
    expect(records).toBe(5);
    await importFile(page, path.join(ARTIFACTS, 'rich-record-export.json'), `Imported: ${records} added.`);
    expect(await journalEntries(page)).toEqual(before);
    expect(withoutExportTime(await exportFile(page, 'rich-record-export-again.json'))).toEqual(withoutExportTime(exported));

    // Twenty days of check-ins: stress 8 with pain 7 on even days, stress 2 with pain 3 on odd ones.
    const [today] = exported.checkIns;
    const days = Array.from({ length: 20 }, (_, i) => i + 1).map((n) => {
      const high = n % 2 === 0;
      const at = Date.now() - n * 86_400_000;
      return { ...today!, day: localDay(n), pain: high ? 7 : 3, note: '', factors: { [stress!.id]: high ? 8 : 2 }, createdAt: at, updatedAt: at };
    });
    const history = path.join(ARTIFACTS, 'rich-record-history.json');
    fs.writeFileSync(history, JSON.stringify({ ...exported, episodes: [], supplements: [], supplementDoses: [], checkIns: days }));
    await importFile(page, history, 'Imported: 20 added, 1 already in your journal.');

    await page.getByRole('link', { name: 'Insights', exact: true }).click();
    const helps = page.getByRole('region', { name: 'What seems to help' });
    const line = helps.getByText(/on days when “Stress” was 6 or more/);
    await line.waitFor();
    // Today counts too: stress 7 with pain 6 (the episode is the day's worst).
    expect(await line.textContent()).toMatch(/^Worst pain \d\.\d points higher on days when “Stress” was 6 or more \(6\.\d against 3\.0; 95% interval .*\)\. 11 days at 6 or more, 10 days at 5 or less\.$/);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'insights-check-in-factor.png') });
    await page.close();
    expect(problems).toEqual([]);
  });
});

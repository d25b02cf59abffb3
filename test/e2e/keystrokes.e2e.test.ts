import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/limber-core';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// The everyday tasks done by keyboard alone from a fresh Today page, each counted in keystrokes
// (a chord such as Alt+C is one; typed words are counted apart) and checked by what it wrote and
// by where the keyboard is left. The table is printed: a figure, not a timing.

const session = e2eSession('limber-e2e-keys-', [], (dataDir) => {
  const core = createCore({ dataDir, clock: systemClock });
  core.settings.acknowledgeNotice();
  core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
  core.close();
});

/** The keyboard, counting: keys pressed, and characters of free text typed apart from them. */
class Keys {
  pressed = 0;
  typed = 0;
  constructor(private readonly page: Page) {}
  async press(...keys: string[]) {
    for (const key of keys) {
      await this.page.keyboard.press(key);
      this.pressed++;
    }
  }
  /** Digits and choices typed into a field: keystrokes like any other. */
  async keys(text: string) {
    for (const char of text) await this.press(char);
  }
  /** Free text (a name, a note): typed, and counted apart. */
  async words(text: string) {
    await this.page.keyboard.type(text);
    this.typed += text.length;
  }
}

/** Before: counted by hand on the previous Today page (issue 13). Goal: at most 10, free text apart. */
const BEFORE: Record<string, number> = {
  'Pain at the default place': 2,
  'Pain at the neck': 16,
  'Full episode (notes apart)': 78,
  Activity: 22,
  'Take a supplement': 0,
  'Add a supplement (name and dose apart)': 31,
  'Check-in': 40,
  'Edit an episode': 31,
  'Delete an entry, then Undo': 23,
  Food: 0,
};
const counted: { task: string; keys: number; typed: number }[] = [];

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    return e?.getAttribute('aria-label') || (e?.id && document.querySelector(`label[for="${e.id}"]`)?.textContent) || e?.textContent?.trim() || '';
  });

async function freshToday(page: Page) {
  await page.goto(`${session.host().url}#/`);
  await page.reload();
  await expect.poll(() => focused(page)).toBe('Pain (0–10)');
}

async function task(page: Page, name: string, run: (keys: Keys) => Promise<void>) {
  await freshToday(page);
  const keys = new Keys(page);
  await run(keys);
  counted.push({ task: name, keys: keys.pressed, typed: keys.typed });
}

const announced = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text }).first().waitFor();

describe('everyday tasks by keyboard', () => {
  afterAll(() => {
    const rows = counted.map(({ task, keys, typed }) => `${task.padEnd(40)} ${String(BEFORE[task] || '–').padStart(6)} ${String(keys).padStart(6)}${typed ? `  (+${typed} characters typed)` : ''}`);
    console.log(['Keystrokes from a fresh Today page', `${'task'.padEnd(40)} ${'before'.padStart(6)} ${'now'.padStart(6)}`, ...rows].join('\n'));
  });

  it('has every everyday form in view on a 1366×768 laptop screen, without scrolling', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    await page.setViewportSize({ width: 1366, height: 768 });
    await freshToday(page);
    const bottoms: Record<string, number> = {};
    for (const name of ['Log pain', 'Take Magnesium', 'Log activity', 'Save check-in', 'Log food']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      bottoms[name] = Math.ceil(box.y + box.height);
    }
    await page.close();
    expect(Object.entries(bottoms).filter(([, bottom]) => bottom > 768)).toEqual([]);
  });

  it('each takes at most 10 keystrokes but the full episode, and leaves the keyboard where the next step is', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    await page.setViewportSize({ width: 1366, height: 768 });
    const entries = page.getByRole('region', { name: 'Today’s entries' });

    await task(page, 'Pain at the default place', async (k) => {
      await k.keys('4');
      await k.press('Enter');
      await announced(page, 'Logged pain 4 of 10 (moderate), Lower back.');
      // The form is fresh for the next one, the keyboard in its first field.
      await expect.poll(() => focused(page)).toBe('Pain (0–10)');
    });

    await task(page, 'Pain at the neck', async (k) => {
      await k.keys('6');
      await k.press('Tab', 'Delete', 'Space', 'ArrowRight', 'Space', 'Enter');
      await announced(page, 'Logged pain 6 of 10 (moderate), Neck.');
      await expect.poll(() => focused(page)).toBe('Pain (0–10)');
    });

    await task(page, 'Full episode (notes apart)', async (k) => {
      // The neck is remembered from last time.
      await k.keys('7');
      await k.press('Tab', 'Tab', 'Tab', 'Enter'); // past the body map's two views, open the details
      await k.press('Tab', 'ArrowRight', 'ArrowRight', 'Space'); // it feels burning
      await k.press('Tab', 'ArrowRight', 'ArrowRight', 'Space'); // trigger: posture
      await k.press('Tab', 'Tab', 'Space'); // relief: heat
      await k.press('Tab', 'Tab');
      await k.keys('q'); // helped: quite a bit
      await k.press('Tab');
      await k.keys('30'); // minutes
      await k.press('Tab');
      await k.words('Stiff after the long meeting');
      await k.press('Control+Enter');
      await announced(page, 'Logged pain 7 of 10 (severe), Neck.');
      await entries.getByRole('article', { name: /pain 7 of 10, Neck$/ }).getByText('Triggers: posture').waitFor();
      await entries.getByText('Relief tried: heat (helped quite a bit)').waitFor();
      await entries.getByText('Lasted 30 min').waitFor();
      await entries.getByText('Feels burning').waitFor();
    });

    await task(page, 'Edit an episode', async (k) => {
      // The skip link just before the pain field leads to today's entries, the newest first.
      await k.press('Shift+Tab', 'Enter');
      expect(await focused(page)).toMatch(/^Edit pain 7 of 10 at/);
      await k.press('Enter');
      await k.keys('5');
      await k.press('Enter');
      await entries.getByRole('article', { name: /pain 5 of 10, Neck$/ }).waitFor();
      await expect.poll(() => focused(page)).toMatch(/^Edit pain 5 of 10 at/);
    });

    await task(page, 'Activity', async (k) => {
      await k.press('Alt+KeyA');
      await k.keys('3'); // 3 Yoga
      await k.press('Tab');
      await k.keys('45');
      await k.press('Enter');
      await announced(page, 'Logged yoga, 45 min.');
      expect(await focused(page)).toBe('Minutes');
    });

    await task(page, 'Take a supplement', async (k) => {
      await k.press('Alt+KeyS', 'Enter');
      await announced(page, 'Logged Magnesium, 200 mg.');
      expect(await focused(page)).toBe('Take Magnesium again');
    });

    await task(page, 'Add a supplement (name and dose apart)', async (k) => {
      await k.press('Alt+KeyS', 'Tab', 'Enter', 'Tab');
      await k.words('Vitamin D');
      await k.press('Tab');
      await k.words('1000 IU');
      await k.press('Enter');
      await announced(page, 'Added Vitamin D: take it with one tap above.');
      await page.getByRole('button', { name: 'Take Vitamin D' }).waitFor();
      expect(await focused(page)).toBe('Supplement name');
    });

    await task(page, 'Check-in', async (k) => {
      await k.press('Alt+KeyC');
      await k.keys('347');
      await k.press('Enter');
      await announced(page, 'Check-in saved.');
      await entries.getByText('Check-in: pain 3/10, stiffness 4/10, sleep 7/10').waitFor();
    });

    await task(page, 'Food', async (k) => {
      await k.press('Alt+KeyF', 'ArrowRight', 'ArrowRight', 'Space', 'Tab', 'Enter');
      await announced(page, 'Food logged.');
      await entries.getByText('Food: Vegetables').waitFor();
    });

    await task(page, 'Delete an entry, then Undo', async (k) => {
      // The newest entry: the food before noon, the check-in after it (a check-in stands at its day's noon).
      const newest = entries.getByRole('article').first();
      const label = (await newest.getAttribute('aria-label'))!;
      const editName = (await newest.getByRole('button', { name: /^Edit / }).getAttribute('aria-label'))!;
      await k.press('Shift+Tab', 'Enter', 'Tab', 'Enter');
      await entries.getByText('Entry deleted.').waitFor();
      expect(await entries.getByRole('article', { name: label, exact: true }).count()).toBe(0);
      expect(await focused(page)).toBe('Undo');
      await page.screenshot({ path: path.join(ARTIFACTS, 'keys-undo.png') });
      await k.press('Enter');
      await entries.getByRole('article', { name: label, exact: true }).waitFor();
      await expect.poll(() => focused(page)).toBe(editName);
    });

    await page.close();
    expect(counted.filter((c) => c.keys > 10).map((c) => c.task)).toEqual(['Full episode (notes apart)']);
    expect(counted.find((c) => c.task === 'Full episode (notes apart)')!.keys).toBeLessThanOrEqual(25);
    expect(session.problems).toEqual([]);
  });
});

import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/limber-core';
import { localDate } from '../../electron/core/reminders/local-time';
import { seedYear } from '../support/seed-year';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';
import { axeViolations } from './axe';

// axe-core on every page and dialog, light and dark, on a laptop and on a phone-sized window; and
// reflow: nothing scrolls sideways at 320 CSS px (WCAG 1.4.10).

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const session = e2eSession('limber-e2e-a11y-', [], (dataDir) => {
  const core = createCore({ dataDir, clock: systemClock });
  seedYear(core, localDate(Date.now(), ZONE), ZONE);
  core.settings.acknowledgeNotice();
  core.close();
});

type Visit = readonly [name: string, hash: string, act?: (page: Page) => Promise<void>];

const PAGES: readonly Visit[] = [
  ['today', '#/'],
  ['journal', '#/journal'],
  ['insights', '#/insights'],
  ['report', '#/report'],
  ['advice', '#/advice'],
  [
    'advice-search',
    '#/advice',
    async (page) => {
      await page.getByLabel('Search advice').fill('heat');
      await page.locator('mark').first().waitFor();
    },
  ],
  ['advice-item', '#/advice/heat-therapy'],
  ['red-flags', '#/advice/red-flags'],
  ['routines', '#/routines'],
  ['routine', '#/routines/desk-warm-up'],
  ['settings', '#/settings'],
  // Forms open, refused and part-done, where the markup changes the most.
  ['today-details', '#/', (page) => page.getByText('What it feels like, triggers, relief and notes').click()],
  [
    'today-refused',
    '#/',
    async (page) => {
      await page.getByRole('button', { name: 'Log pain' }).click();
      await page.getByText('Enter how bad it is, from 0 to 10').waitFor();
    },
  ],
  [
    'journal-edit',
    '#/journal',
    async (page) => {
      await page.getByRole('button', { name: /^Edit / }).first().click();
      await page.getByRole('button', { name: 'Save changes' }).waitFor();
    },
  ],
  [
    'journal-edit-check-in',
    '#/journal',
    async (page) => {
      await page.getByRole('button', { name: /^Edit check-in of / }).first().click();
      await page.getByLabel('Pain today').waitFor();
    },
  ],
  [
    'journal-deleted',
    '#/journal',
    async (page) => {
      await page.getByRole('button', { name: /^Delete / }).first().click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
    },
  ],
  [
    'settings-refused',
    '#/settings',
    async (page) => {
      await page.getByRole('button', { name: 'Edit Change position' }).click();
      await page.getByLabel('Every (minutes at the computer)').fill('2');
      await page.getByRole('button', { name: 'Save reminder' }).click();
      await page.getByText('must be at least 5 minutes', { exact: true }).waitFor();
    },
  ],
  [
    'settings-new-reminder',
    '#/settings',
    async (page) => {
      await page.getByRole('button', { name: 'Add a reminder' }).click();
      await page.getByRole('form', { name: 'New reminder' }).getByRole('radio', { name: 'At set times' }).check();
      await page.getByRole('button', { name: 'Add a time' }).click();
    },
  ],
  ['routine-new', '#/routines/new'],
  [
    'routine-refused',
    '#/routines/new',
    async (page) => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('alert').waitFor();
    },
  ],
];

const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 320, height: 640 },
] as const;

/** What sticks out past the window's right edge (none when everything reflows), named for the failure message. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`;
    // The outermost elements that stick out: their children only repeat them.
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 0.5))
      .map((e) => `${name(e.parentElement!)} > ${name(e)} (${Math.round(e.getBoundingClientRect().right - width)} px)`);
  });

describe('accessibility of every page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      it(`${scheme}, ${size.width}×${size.height}: no axe violations, and nothing scrolls sideways`, async () => {
        const page = await openWatched(session.browser(), session.host().url, session.problems, scheme);
        // A form left part-done asks before the page goes (its leave guard); each state starts afresh.
        page.on('dialog', (dialog) => void dialog.accept());
        await page.setViewportSize(size);
        const found: Record<string, string[]> = {};
        const overflow: Record<string, string[]> = {};
        const titles: Record<string, string> = {};
        for (const [name, hash, act] of PAGES) {
          await page.goto(`${session.host().url}${hash}`);
          // A fresh page for each state: a hash change alone would keep the last one's open forms.
          await page.reload();
          await page.locator('main h1').first().waitFor();
          await act?.(page);
          await page.waitForLoadState('networkidle');
          const violations = await axeViolations(page);
          if (violations.length > 0) found[name] = violations;
          titles[name] = await page.title();
          const sticking = await sidewaysOverflow(page);
          if (sticking.length > 0) overflow[name] = sticking;
          if (size.name === 'phone') await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${name}-${scheme}-320.png`), fullPage: true });
        }
        await page.close();
        expect(found).toEqual({});
        expect(overflow).toEqual({});
        // Every page says where one is (the report names its days once its data is in).
        expect(titles).toMatchObject({
          today: 'Today – Limber',
          journal: 'Journal – Limber',
          insights: 'Insights – Limber',
          report: expect.stringMatching(/^Limber report \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/),
          advice: 'Advice – Limber',
          'red-flags': 'When to see a doctor – Limber',
          routines: 'Routines – Limber',
          settings: 'Settings – Limber',
        });
        expect(session.problems).toEqual([]);
      });
    }
  }
});

// A fresh data folder: the first-run welcome, a modal dialog over the page.
const firstRun = e2eSession('limber-e2e-a11y-first-run-');

describe('accessibility of the first-run dialog', () => {
  it('has no axe violations light or dark, on a laptop or at 320 px, and nothing scrolls sideways', async () => {
    const found: Record<string, string[]> = {};
    const overflow: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of SIZES) {
        const page = await openWatched(firstRun.browser(), firstRun.host().url, firstRun.problems, scheme);
        await page.setViewportSize(size);
        await page.getByRole('dialog', { name: 'Welcome to Limber' }).waitFor();
        const name = `${scheme}-${size.width}`;
        const violations = await axeViolations(page);
        if (violations.length > 0) found[name] = violations;
        const sticking = await sidewaysOverflow(page);
        if (sticking.length > 0) overflow[name] = sticking;
        await page.screenshot({ path: path.join(ARTIFACTS, `a11y-first-run-${name}.png`) });
        await page.close();
      }
    }
    expect(found).toEqual({});
    expect(overflow).toEqual({});
    expect(firstRun.problems).toEqual([]);
  });
});

describe('fields show their whole value', () => {
  it('"When it started" shows the date and the time, at a laptop’s width and at 320 px', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.getByText('What it feels like, triggers, relief and notes').click();
      const when = page.getByLabel('When it started');
      await when.fill('2026-11-25T10:35');
      // Chromium scrolls a narrow date-time field's text inside it: measure the text it must show.
      const room = await when.evaluate((input) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const text = context.measureText('11/25/2026, 10:35 AM').width;
        const picker = 24;
        return { width: input.clientWidth, needs: Math.ceil(text + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + picker) };
      });
      expect(room.width, `needs ${room.needs} px`).toBeGreaterThanOrEqual(room.needs);
      await when.screenshot({ path: path.join(ARTIFACTS, `when-it-started-${size.width}.png`) });
      await page.getByText('What it feels like, triggers, relief and notes').click();
    }
    await page.close();
  });
});

describe('targets big enough to hit (WCAG 2.5.8)', () => {
  it('every place on the body map is at least 24 × 24 CSS px, on a laptop and at 320 px', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    const smallest: Record<string, number> = {};
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.getByLabel('Pain (0–10)').waitFor();
      const sides = await page.locator('.body-map rect.area').evaluateAll((areas) => areas.map((a) => Math.min(a.getBoundingClientRect().width, a.getBoundingClientRect().height)));
      expect(sides).toHaveLength(26);
      smallest[size.name] = Math.min(...sides);
    }
    await page.close();
    expect(smallest.laptop).toBeGreaterThanOrEqual(24);
    expect(smallest.phone).toBeGreaterThanOrEqual(24);
  });
});

describe('forced colours (Windows High Contrast)', () => {
  it('tells a pressed toggle, the current page and a marked place apart by more than the page’s colours', async () => {
    const page = await openWatched(session.browser(), session.host().url, session.problems);
    await page.emulateMedia({ forcedColors: 'active' });
    const food = page.getByRole('toolbar', { name: 'Food groups' });
    await food.getByRole('button', { name: 'Vegetables' }).click();
    await expect.poll(() => food.getByRole('button', { name: 'Vegetables' }).getAttribute('aria-pressed')).toBe('true');
    const look = (selector: string) =>
      page.locator(selector).evaluateAll((elements) =>
        elements.map((e) => {
          const style = getComputedStyle(e);
          return { tick: getComputedStyle(e, '::before').content !== 'none', outline: style.outlineStyle, underline: style.textDecorationLine };
        }),
      );
    const toggles = await look('[aria-label="Food groups"] button');
    const pressed = toggles.filter((t) => t.tick);
    expect(pressed).toEqual([{ tick: true, outline: 'solid', underline: 'none' }]);
    expect(toggles.filter((t) => !t.tick).every((t) => t.outline === 'none')).toBe(true);
    const nav = await look('nav[aria-label="Main"] a');
    expect(nav[0]).toMatchObject({ outline: 'solid', underline: 'underline' });
    expect(nav.slice(1).every((n) => n.outline === 'none' && n.underline === 'none')).toBe(true);
    await page.locator('header').screenshot({ path: path.join(ARTIFACTS, 'forced-colours-navigation.png') });
    await food.screenshot({ path: path.join(ARTIFACTS, 'forced-colours-toggles.png') });
    // The body map: marked places take the system's selection colour, the others its background.
    const map = page.locator('.body-map');
    const system = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement('span'));
      const colour = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
      const colours = { Highlight: colour('Highlight'), Canvas: colour('Canvas') };
      probe.remove();
      return colours;
    });
    const fills = await map.getByRole('checkbox').evaluateAll((areas) => areas.map((a) => `${a.getAttribute('aria-checked')} ${getComputedStyle(a).fill}`));
    expect(new Set(fills)).toEqual(new Set([`true ${system.Highlight}`, `false ${system.Canvas}`]));
    await page.locator('.body-map').screenshot({ path: path.join(ARTIFACTS, 'forced-colours-body-map.png') });
    await page.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/core/clock';
import { createCore } from '../../electron/core/limber-core';
import { ILLUSTRATIONS, type IllustrationId } from '../../electron/core/routines/illustrations';
import { ARTIFACTS, e2eSession, openWatched } from './preview-host';

// Every step illustration in Chromium, in the built app under its CSP: seen in light, dark and
// forced colours, moving while a routine runs, still when paused or when less motion is asked for.
// Screenshots go to test/artifacts/illustrations/ for a person to look at.

const SHOTS = path.join(ARTIFACTS, 'illustrations');
const DRAWINGS = path.resolve(import.meta.dirname, '../../resources/illustrations');

const session = e2eSession('limber-e2e-illustrations-', [], (dataDir) => {
  const core = createCore({ dataDir, clock: systemClock });
  core.settings.acknowledgeNotice();
  core.close();
});

const alt = (id: IllustrationId) => ILLUSTRATIONS.find((i) => i.id === id)!.alt;
type Rgb = [number, number, number];

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * How a screenshot of one illustration looks to a person: the colour around it and the share of it
 * painted in the figure's own colour (the page's `color` for it: the theme's accent, or the
 * system's text colour in forced colours). Decoded in `decoder`, a blank page: the app's CSP allows
 * no data: fetch.
 */
async function look(decoder: Page, figure: Locator, file?: string): Promise<{ background: Rgb; ink: Rgb; inked: number }> {
  const png = await figure.screenshot(file ? { path: path.join(SHOTS, file) } : {});
  const ink = (await figure.evaluate((el) => getComputedStyle(el).color.match(/\d+/g)!.slice(0, 3).map(Number))) as Rgb;
  const seen = await decoder.evaluate(
    async ({ b64, ink }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - ink[0]) + Math.abs(data[i + 1]! - ink[1]) + Math.abs(data[i + 2]! - ink[2]) < 24) inked++;
      }
      // The drawings leave their top-left corner empty.
      return { background: [data[0]!, data[1]!, data[2]!], inked: inked / (data.length / 4) };
    },
    { b64: png.toString('base64'), ink },
  );
  return { ...seen, background: seen.background as Rgb, ink };
}

/** `count` screenshots of a figure, `gapMs` apart (base64 PNG, to compare). */
async function frames(figure: Locator, count: number, gapMs: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await figure.page().waitForTimeout(gapMs);
    out.push((await figure.screenshot()).toString('base64'));
  }
  return out;
}

const running = (figure: Locator) => figure.evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length);
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('step illustrations in Chromium', () => {
  it('every drawing stands out from the page in light, dark and forced colours', async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const page = await openWatched(session.browser(), `${session.host().url}#/routines`, session.problems);
    await page.getByRole('heading', { level: 1, name: 'Routines' }).waitFor();
    // The library as the player shows it (same markup, same stylesheet, same CSP), drawings the
    // built-in routines do not use included; still, so each picture shows both of its poses.
    const drawings = ILLUSTRATIONS.map(({ id }) => [id, fs.readFileSync(path.join(DRAWINGS, `${id}.svg`), 'utf8')] as const);
    await page.evaluate((all) => {
      const gallery = document.createElement('div');
      gallery.className = 'player';
      for (const [id, svg] of all) {
        const figure = document.createElement('span');
        figure.className = 'illustration';
        figure.dataset.drawing = id;
        figure.innerHTML = svg;
        gallery.append(figure);
      }
      document.body.prepend(gallery);
    }, drawings);

    const decoder = await session.browser().newPage();
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const { id } of ILLUSTRATIONS) {
        const seen = await look(decoder, page.locator(`[data-drawing="${id}"]`), `${id}-${scheme}.png`);
        if (contrast(seen.ink, seen.background) < 3 || seen.inked < 0.03) failures.push(`${id} (${scheme}): ${JSON.stringify(seen)}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    for (const { id } of ILLUSTRATIONS) {
      const seen = await look(decoder, page.locator(`[data-drawing="${id}"]`), id === 'march' ? 'march-forced-colors.png' : undefined);
      if (contrast(seen.ink, seen.background) < 3 || seen.inked < 0.03) failures.push(`${id} (forced colours): ${JSON.stringify(seen)}`);
    }
    expect(failures).toEqual([]);
    await decoder.close();
    await page.close();
    expect(session.problems).toEqual([]);
  });

  it('moves while a warm-up runs, and holds still when paused or when less motion is asked for', async () => {
    const page = await openWatched(session.browser(), `${session.host().url}#/routines/desk-warm-up`, session.problems);
    await page.setViewportSize({ width: 320, height: 800 });
    const figure = page.getByRole('img', { name: alt('march') });
    await figure.waitFor();
    const box = (await figure.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    expect(box.width).toBeLessThanOrEqual(160);
    expect(await scrollsSideways(page)).toBe(false);

    await page.getByRole('button', { name: 'Start' }).click();
    expect(await running(figure)).toBeGreaterThan(0);
    // Each pose is held for 1.2 s of a 3 s cycle: five frames over 2 s must show a change.
    expect(new Set(await frames(figure, 5, 500)).size).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(SHOTS, 'warm-up-320-light.png'), fullPage: true });

    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await running(figure)).toBe(0);
    const [paused, pausedLater] = await frames(figure, 2, 1000);
    expect(pausedLater).toBe(paused);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Resume' }).click();
    expect(await running(figure)).toBe(0);
    const [reduced, reducedLater] = await frames(figure, 2, 1000);
    expect(reducedLater).toBe(reduced);
    // The same still picture as when paused: both poses, not a frame caught mid-movement.
    expect(reduced).toBe(paused);
    await figure.screenshot({ path: path.join(SHOTS, 'march-reduced-motion.png') });

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'no-preference' });
    await page.screenshot({ path: path.join(SHOTS, 'warm-up-320-dark.png'), fullPage: true });
    await page.close();
    expect(session.problems).toEqual([]);
  });

  it('shows a small picture beside each item of the posture check, on a 320 px window', async () => {
    const page = await openWatched(session.browser(), `${session.host().url}#/routines/posture-check`, session.problems, 'dark');
    await page.setViewportSize({ width: 320, height: 900 });
    const items = page.getByRole('list').filter({ has: page.getByRole('checkbox') }).getByRole('listitem');
    await items.first().waitFor();
    for (const item of await items.all()) {
      const figure = item.getByRole('img');
      expect(await figure.getAttribute('aria-label')).toMatch(/^A person /);
      const box = (await figure.boundingBox())!;
      expect(box.width).toBe(48);
      expect(await running(figure)).toBe(0);
    }
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'posture-check-320-dark.png'), fullPage: true });
    await page.close();
    expect(session.problems).toEqual([]);
  });
});

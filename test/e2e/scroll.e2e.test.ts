import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/limber-core';
import { e2eSession, openWatched } from './preview-host';

// 100,000 episodes, scrolled in Chromium: the page loads more as it nears the end and never holds
// more than 400 entries. Long tasks seen while scrolling are printed (figures, not assertions).

const session = e2eSession('limber-e2e-scroll-', [], (dataDir) => {
  const core = createCore({ dataDir, clock: { now: () => Date.now() } });
  core.settings.acknowledgeNotice();
  core.db.transaction(() => {
    for (let i = 0; i < 100_000; i++) {
      core.episodes.add({
        startedAt: Date.UTC(2021, 10, 25) + i * 25 * 60_000,
        timeZone: 'UTC',
        intensity: i % 11,
        areas: ['lower-back-left'],
        durationMinutes: null,
        triggers: [],
        relief: [],
        reliefHelped: null,
        notes: `entry ${i}`,
      });
    }
  })();
  core.close();
});

describe('the journal at 100,000 entries in Chromium', () => {
  it('scrolls on through more than a thousand entries with at most 400 on the page', async () => {
    const page = await openWatched(session.browser(), `${session.host().url}#/journal`, session.problems);
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const list = page.getByRole('region', { name: 'Journal entries' });
    await list.getByText('entry 99999', { exact: true }).waitFor();
    for (let loaded = 50; loaded <= 1100; loaded += 50) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await list.getByText(`entry ${99999 - loaded}`, { exact: true }).waitFor();
      expect(await list.getByRole('article').count()).toBeLessThanOrEqual(400);
    }
    expect(await list.getByText('entry 99999', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Back to the newest' }).waitFor();
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    console.log(`scrolling 1,100 entries of 100,000: ${longTasks.length} long tasks (> 50 ms), longest ${Math.round(Math.max(0, ...longTasks))} ms`);
    await page.close();
    expect(session.problems).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS } from '../../electron/core/reminders/reminder-settings';
import { builtInReminder } from '../../electron/core/reminders/reminder-list';
import { settle, type Desktop } from '../support/electron/load-main';
import { desktopPerTest, fakeClock, value } from '../support/electron/per-test';

const desktop = desktopPerTest();
const MINUTE = 60_000;

const breakWindow = (app: Desktop) => app.windows().find((w) => w.webContents.getURL().includes('#/break/'));

/** Limber with the break screen on and only movement breaks, the person typing for an hour. */
async function untilMovementBreak(mode: 'banner' | 'screen') {
  fakeClock();
  const app = await desktop.start();
  await value(app.limber().reminders.saveReminder({ reminder: { ...builtInReminder('posture')!, enabled: false } }));
  const { workingHours, quiet } = DEFAULT_REMINDER_SETTINGS;
  await value(app.limber().reminders.updateRules({ workingHours, quiet, breakScreen: { mode, strictSeconds: 60 } }));
  app.realm.idleSeconds = 0;
  // Due at 60 minutes; the quiet detectors' first look (real commands, nothing to find here) is
  // awaited at most 5 s.
  await vi.advanceTimersByTimeAsync(60 * MINUTE + 6_000);
  await settle();
  return app;
}

describe('the break screen window', () => {
  it('waits for a pause in typing, opens without taking the keyboard and not always on top, and closes when answered', async () => {
    const app = await untilMovementBreak('screen');
    const open = (await value(app.limber().reminders.status({}))).open;
    expect(open.map((r) => r.reminderId)).toEqual(['movement']);
    // Still typing: no window yet.
    expect(breakWindow(app)).toBeUndefined();

    app.realm.idleSeconds = 4;
    await vi.advanceTimersByTimeAsync(3_000);
    await settle();
    const window = breakWindow(app)!;
    expect(window.webContents.getURL()).toBe(`app://limber/index.html#/break/${open[0]!.id}`);
    expect(window.isVisible()).toBe(true);
    expect(window.focused).toBe(false);
    expect(window.options).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(window.options.alwaysOnTop).toBeUndefined();

    await value(app.limber().reminders.respond({ id: open[0]!.id, response: 'done' }));
    await settle();
    expect(breakWindow(app)).toBeUndefined();
    expect(window.isDestroyed()).toBe(true);
  });

  it('opens no window when Settings keeps breaks to the banner', async () => {
    const app = await untilMovementBreak('banner');
    app.realm.idleSeconds = 10;
    await vi.advanceTimersByTimeAsync(10_000);
    await settle();
    expect((await value(app.limber().reminders.status({}))).open.map((r) => r.reminderId)).toEqual(['movement']);
    expect(breakWindow(app)).toBeUndefined();
  });
});

import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { settle, type Desktop, type LoadOptions } from '../support/electron/load-main';
import { desktopPerTest, fakeClock, value } from '../support/electron/per-test';

const desktop = desktopPerTest();

const started = (options: LoadOptions = {}) => desktop.start(options);
const status = (app: Desktop) => value(app.limber().reminders.status({}));

describe('the tray', () => {
  it('shows Limber’s icon, a tooltip that says what comes next in the application locale’s clock, and the menu', async () => {
    fakeClock();
    const app = await started({ env: { TZ: 'UTC' } });
    const tray = app.tray();
    expect(tray.image.isEmpty()).toBe(false);
    expect(tray.image.getSize()).toEqual({ width: 16, height: 16 });
    expect(tray.tooltip).toBe('Limber: Next: Change position at 9:30 AM');
    expect(tray.menu?.labels()).toContain('Why: every 30 minutes at the computer, counted since Limber started at 9:00 AM.');
    expect(tray.menu?.labels()).toEqual(expect.arrayContaining(['Log pain…', 'Start a warm-up now', 'Pause reminders', 'Do not disturb', 'Quick tip', 'Open Limber', 'Quit Limber']));
  });

  it('writes times as the application locale does: 24-hour for en-GB', async () => {
    fakeClock();
    const app = await started({ env: { TZ: 'UTC' }, prepare: (realm) => (realm.locale = 'en-GB') });
    expect(app.tray().tooltip).toBe('Limber: Next: Change position at 09:30');
  });

  it('on macOS, uses a template image the menu bar can tint', async () => {
    const app = await started({ platform: 'darwin' });
    expect(app.tray().image.isEmpty()).toBe(false);
    expect(app.tray().image.isTemplateImage()).toBe(true);
  });

  it('pauses and resumes reminders, and turns do-not-disturb on and off', async () => {
    const app = await started();
    app.clickTray('Pause reminders', 'For 1 hour');
    expect((await status(app)).mode).toBe('paused');
    expect(app.tray().menu?.labels()).toContain('Resume reminders');
    app.clickTray('Resume reminders');
    expect((await status(app)).mode).toBe('active');
    app.clickTray('Do not disturb');
    expect((await status(app)).doNotDisturb).toBe(true);
    expect(app.tray().menu?.find(['Do not disturb'])?.checked).toBe(true);
    app.clickTray('Do not disturb');
    expect((await status(app)).doNotDisturb).toBe(false);
  });

  it('opens the warm-up, a quick log window, and the window itself', async () => {
    const app = await started({ args: ['--autostart'] });
    expect(app.windows()).toEqual([]);
    app.clickTray('Open Limber');
    expect(app.window().webContents.getURL()).toBe('app://limber/index.html');
    app.clickTray('Start a warm-up now');
    expect(app.window().webContents.getURL()).toBe('app://limber/index.html#/routines/desk-warm-up');
    app.clickTray('Log pain…');
    const log = app.windows().find((w) => w.webContents.getURL().endsWith('#/log'));
    expect(log?.options).toMatchObject({ width: 460, height: 560 });
    expect((app.limber(log) as unknown as object) ?? null).not.toBeNull();
  });

  it('answers a waiting reminder with Done, Snooze or Skip', async () => {
    fakeClock();
    const app = await started();
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    const [reminder] = (await status(app)).open;
    expect(reminder).toBeDefined();
    expect(app.tray().tooltip).toBe(`Limber: ${reminder!.title}: waiting for you`);
    app.clickTray(reminder!.title, 'Skip');
    await settle();
    expect((await status(app)).open).toEqual([]);
    expect(app.tray().menu?.labels()).not.toContain(reminder!.title);
  });

  it('sets its menu again only when what it shows changed (a new menu closes an open one on Linux)', async () => {
    fakeClock();
    const app = await started();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const sets = app.tray().menuHistory.length;
    app.clickTray('Pause reminders', 'For 30 minutes');
    expect(app.tray().menuHistory).toHaveLength(sets + 1);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const history = app.tray().menuHistory;
    expect(history.filter((menu, i) => i > 0 && menu === history[i - 1])).toEqual([]);
  });

  it('quits: the journal is closed (its write-ahead log folded back in)', async () => {
    const app = await started();
    const journal = `${app.appData}/Limber (development)/limber.sqlite3`;
    expect(fs.existsSync(`${journal}-wal`)).toBe(true);
    app.clickTray('Quit Limber');
    await vi.waitFor(() => expect(app.realm.exitCode).toBe(0));
    expect(fs.existsSync(`${journal}-wal`)).toBe(false);
    expect(app.tray().isDestroyed()).toBe(true);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { settle, type Desktop, type LoadOptions } from '../support/electron/load-main';
import { desktopPerTest, fakeClock, value } from '../support/electron/per-test';

const desktop = desktopPerTest();

const MINUTE = 60_000;

/** Starts Limber on a Wednesday morning and keeps the person at the keyboard until the posture reminder is due. */
async function untilPostureReminder(options: LoadOptions): Promise<Desktop> {
  fakeClock();
  const app = await desktop.start(options);
  await vi.advanceTimersByTimeAsync(31 * MINUTE);
  await settle();
  return app;
}

const status = (app: Desktop) => value(app.limber().reminders.status({}));

/** Lets V8 collect what nothing references any more, as it would in a long-running app. */
async function collectGarbage(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    (globalThis as { gc?: () => void }).gc!();
  }
}

describe('reminder notifications', () => {
  for (const platform of ['darwin', 'win32'] as const) {
    it(`on ${platform}, show Done / Snooze / Skip, and the button pressed answers the reminder even after garbage collection`, async () => {
      const app = await untilPostureReminder({ platform });
      expect(app.notifications.delivered()).toEqual([
        expect.objectContaining({ title: expect.stringMatching(/position/i), actions: [{ type: 'button', text: 'Done' }, { type: 'button', text: 'Snooze 5 min' }, { type: 'button', text: 'Skip' }] }),
      ]);
      expect((await status(app)).open).toHaveLength(1);
      await collectGarbage();
      app.notifications.act(0, 1);
      await settle();
      const after = await status(app);
      expect(after.open).toEqual([]);
      expect(after.next).toMatchObject({ reminderId: 'posture', why: { type: 'snoozed', minutes: 5 } });
    });
  }

  it('on Windows, a toast that left the screen for Action Center still answers its buttons', async () => {
    const app = await untilPostureReminder({ platform: 'win32' });
    app.notifications.timeOut(0);
    await collectGarbage();
    app.notifications.act(0, 0);
    await settle();
    expect((await status(app)).open).toEqual([]);
  });

  it('on Windows, attributes toasts to Limber: the AppUserModelID is set before the app is ready', async () => {
    const app = await untilPostureReminder({ platform: 'win32' });
    expect(app.realm.appUserModelId).toBe('app.limber.desktop');
    expect(app.realm.appUserModelIdSetBeforeReady).toBe(true);
    expect(app.notifications.delivered()).toHaveLength(1);
  });

  it('a reminder nobody answers is withdrawn from the notification centre after 10 minutes', async () => {
    const app = await untilPostureReminder({ platform: 'darwin' });
    await vi.advanceTimersByTimeAsync(11 * MINUTE);
    await settle();
    expect(app.notifications.delivered()[0]?.closedByApp).toBe(true);
    expect((await status(app)).open).toEqual([]);
  });

  it('when macOS refuses to show it (unsigned build), the window opens with the reminder on its banner', async () => {
    const app = await untilPostureReminder({ platform: 'darwin', args: ['--autostart'], prepare: (realm) => (realm.macSigned = false) });
    expect(app.notifications.delivered()).toEqual([]);
    expect(app.window().webContents.getURL()).toBe('app://limber/index.html#/');
    expect((await status(app)).open).toHaveLength(1);
  });

  it('on Linux without notify-send, uses Electron’s notification; a click opens the window', async () => {
    const app = await untilPostureReminder({ platform: 'linux', args: ['--autostart'] });
    expect(app.windows()).toEqual([]);
    expect(app.notifications.delivered()).toHaveLength(1);
    app.notifications.click(0);
    expect(app.window().webContents.getURL()).toBe('app://limber/index.html#/');
  });

  it('the person’s own reminder shows their name and message, and a click opens the routine it names', async () => {
    fakeClock();
    const app = await desktop.start({ platform: 'linux', args: ['--autostart'] });
    const reminder = {
      id: 'mine-breathe',
      name: 'Breathe slowly',
      message: 'Two minutes with the pacer.',
      enabled: true,
      schedule: { type: 'desk-time' as const, everyMinutes: 20, breakMinutes: 2 },
      routineId: 'tai-chi-breathing',
    };
    app.clickTray('Open Limber');
    await settle();
    await value(app.limber().reminders.saveReminder({ reminder }));
    app.window().close();
    await vi.advanceTimersByTimeAsync(21 * MINUTE);
    await settle();
    expect(app.notifications.delivered()).toEqual([expect.objectContaining({ title: 'Breathe slowly', body: expect.stringContaining('Two minutes with the pacer.') })]);
    app.notifications.click(0);
    expect(app.window().webContents.getURL()).toBe('app://limber/index.html#/routines/tai-chi-breathing');
  });
});

describe('quick tips', () => {
  it('stay clickable after garbage collection, and a click opens the advice item', async () => {
    const app = await desktop.start({ platform: 'darwin' });
    app.clickTray('Quick tip');
    const [tip] = app.notifications.delivered();
    expect(tip?.title).toBe('Limber: quick tip');
    await collectGarbage();
    app.notifications.click(0);
    expect(app.window().webContents.getURL()).toMatch(/^app:\/\/limber\/index\.html#\/advice\/[a-z0-9-]+$/);
  });
});

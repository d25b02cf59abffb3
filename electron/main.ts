import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { createDispatcher } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { systemClock } from './core/clock';
import { scheduleBackups } from './core/backup/backups';
import { restoreInPlace } from './core/backup/restore-in-place';
import { startupNotices } from './core/backup/startup-notices';
import type { JournalRestorer } from './core/backup/restore-port';
import { createCore, type LimberCore } from './core/limber-core';
import type { Emit } from './core/events';
import { notifierWithEvents, pushStatus } from './core/reminders/reminder-events';
import { ReminderService } from './core/reminders/reminder-service';
import { BreakScreenGate } from './core/reminders/break-screen';
import { QuietDetectors } from './desktop/quiet/detectors';
import { breakWindows } from './shell/break-window';
import { platformDetectors } from './desktop/quiet/platform-detectors';
import type { DueReminder, Response } from './core/reminders/scheduler-ports';
import { systemSchedulerClock } from './core/reminders/system-clock';
import { timeWords } from './core/reminders/reminder-words';
import { buildTrayModel } from './core/tray/tray-model';
import { linuxTrayShown } from './desktop/linux-tray';
import { notifySendAvailable, notifySendNotifier } from './desktop/notify-send';
import { setAppMenu } from './shell/app-menu';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './shell/app-protocol';
import { electronAutostart } from './shell/autostart';
import { electronIdleSource, electronNotifier, forwardPowerEvents, sendToWindow } from './shell/electron-reminders';
import { hardenApp } from './shell/hardening';
import { bindIpc } from './shell/ipc';
import { AUTOSTART_FLAG, prepareAppIdentity, relaunch, startedAtLogin } from './shell/launch';
import { createMainWindow, LOG_WINDOW } from './shell/main-window';
import { quickTips } from './shell/quick-tip';
import { electronReportPdf } from './shell/report-pdf';
import { createTray } from './shell/tray';

// Composition root: builds the core from real ports, binds the API, and opens the window.

prepareAppIdentity();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  const preload = path.join(__dirname, 'preload.js');
  const development = !app.isPackaged;
  let window: BrowserWindow | undefined;
  // Where no tray icon shows, the window is the only way back to Limber: closing it minimises.
  let trayShown = true;
  let quitting = false;
  /** Opens (or focuses) the window, optionally at a page such as `#/advice/heat-therapy`. */
  const openWindow = (route = '') => {
    if (window) {
      if (route) void window.loadURL(`${APP_ORIGIN}/index.html${route}`);
      if (window.isMinimized()) window.restore();
      window.focus();
      return;
    }
    window = createMainWindow(preload, development, route);
    window.on('close', (event) => {
      if (trayShown || quitting) return;
      event.preventDefault();
      window?.minimize();
    });
    window.on('closed', () => (window = undefined));
  };
  const openLogWindow = () => void createMainWindow(preload, development, '#/log', LOG_WINDOW);
  app.on('second-instance', (_event, argv) => {
    if (app.isReady() && !argv.includes(AUTOSTART_FLAG)) openWindow();
  });

  await app.whenReady();
  hardenApp();
  setAppMenu({ open: openWindow, logPain: openLogWindow }, development);

  const core = openJournal();
  if (!core) return;
  const notices = startupNotices(core.startup);
  if (notices.length > 0) {
    void dialog.showMessageBox({ type: 'info', title: 'Limber', message: 'Limber looked after your journal while starting.', detail: notices.join('\n\n') });
  }

  const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const emit = sendToWindow(() => window) as Emit;
  const respond = (id: string, response: Response) => reminders.scheduler.respond(id, response);
  // Electron's notifications have action buttons on macOS and Windows; on Linux notify-send does.
  // Clicking a reminder that opens a routine shows it (steps and countdown) under the reminder's banner.
  const openFor = (reminder: DueReminder) => openWindow(reminder.routineId ? `#/routines/${reminder.routineId}` : '#/');
  const desktop = notifySendAvailable() ? notifySendNotifier(respond, openFor) : electronNotifier(respond, openFor);
  const clock = systemSchedulerClock();
  const idle = electronIdleSource();
  // A break's own window with its routine, when Settings asks for one (banner only by default).
  const breakScreen = new BreakScreenGate({
    clock,
    idle,
    fullScreen: new QuietDetectors(platformDetectors().filter((d) => d.reason === 'full-screen')),
    screen: breakWindows(preload, development),
    settings: () => reminders.settingsNow(),
    status: () => reminders.scheduler.status(),
    onStatusChange: (listener) => reminders.scheduler.onChange(listener),
  });
  const reminders: ReminderService = new ReminderService(core.settings, core.reminderLog, {
    clock,
    idle,
    quiet: new QuietDetectors(platformDetectors()),
    notifier: breakScreen.notifier(notifierWithEvents(desktop, emit)),
    timeZone: zone,
  });
  pushStatus(reminders.scheduler, emit);
  forwardPowerEvents((event) => reminders.scheduler.systemEvent(event));
  reminders.start();
  breakScreen.start();

  const stopBackups = scheduleBackups(core.backups, (error) => console.error('Limber: backup failed', error));
  const showTip = quickTips((itemId) => openWindow(`#/advice/${itemId}`));
  const trayView = createTray(path.join(__dirname, '..', '..', 'resources', 'tray'), (action) => {
    const { scheduler } = reminders;
    switch (action.type) {
      case 'quick-tip':
        return showTip(core.advice.nextTip());
      case 'open':
        return openWindow();
      case 'quit':
        return app.quit();
      case 'warm-up':
        return openWindow('#/routines/desk-warm-up');
      case 'log-pain':
        return openLogWindow();
      case 'pause':
        return void reminders.pause(action.for);
      case 'resume':
        return scheduler.resume();
      case 'do-not-disturb':
        return scheduler.setDoNotDisturb(action.on);
      case 'respond':
        return scheduler.respond(action.id, action.response);
    }
  });
  // The window formats times in Chromium's application locale; the tray uses the same one, so
  // both say "19:08" or both "7:08 PM". Re-rendered whenever a decision changes: it shows clock
  // times, not a countdown, so nothing needs a timer of its own.
  const locale = app.getLocale();
  const renderTray = () => trayView.render(buildTrayModel(reminders.scheduler.status(), timeWords(Date.now(), { locale, timeZone: zone() })));
  reminders.scheduler.onChange(renderTray);
  renderTray();

  /** Stops everything that holds the journal, waits for a backup under way, then closes it. */
  let closing: Promise<void> | null = null;
  const closeJournal = () =>
    (closing ??= (async () => {
      breakScreen.stop();
      reminders.stop();
      trayView.tray.destroy();
      await stopBackups();
      core.close();
    })());

  // Restoring needs the journal closed, and everything in this process holds it open: check and
  // copy the backup while it is open (a bad backup changes nothing), close, swap, start again.
  const restorer: JournalRestorer = {
    async restore(name) {
      let closed = false;
      const close = () => {
        closed = true;
        return closeJournal();
      };
      try {
        await restoreInPlace(core, name, close);
      } finally {
        // Let the answer reach the window first.
        if (closed) setTimeout(() => (relaunch(), app.exit(0)), 200);
      }
      return { restartNeeded: true };
    },
  };
  serveRenderer(path.join(__dirname, '..', 'renderer'));
  bindIpc(
    createDispatcher(
      createHandlers(core, reminders, { autostart: electronAutostart(), restorer, reportPdf: electronReportPdf(preload, () => window) }),
      (error) => console.error(error),
      () => core.importer.running,
    ),
  );

  const atLogin = startedAtLogin(process.argv);
  if (!atLogin) openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // Limber lives in the tray: closing the window keeps reminders running; Quit is in the tray.
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => (quitting = true));
  app.on('will-quit', (event) => {
    if (closing) return;
    event.preventDefault();
    void closeJournal().then(() => app.quit());
  });

  if (process.platform === 'linux') trayShown = await linuxTrayShown();
  // Started at login: stay in the tray until asked, or, with no tray to stay in, start minimised.
  if (atLogin && !trayShown) {
    openWindow();
    window?.minimize();
  }
}

/** Opens the journal, asking the person what to do with a damaged one; null when it cannot. */
function openJournal(): LimberCore | null {
  try {
    return createCore({
      dataDir: app.getPath('userData'),
      clock: systemClock,
      importWorker: path.join(__dirname, 'import-worker.js'),
      // Set by `npm start` (electron/tools/start.mjs) to an Electron build of better-sqlite3; a
      // packaged app has its own rebuilt copy and ignores it.
      nativeBinding: app.isPackaged ? undefined : process.env.LIMBER_SQLITE_BINDING,
      onDamaged: ({ keptAs, newestGoodBackup }) =>
        dialog.showMessageBoxSync({
          type: 'warning',
          title: 'Limber',
          message: 'Your journal file is damaged.',
          detail:
            `It has been kept unchanged as ${keptAs}.\n\n` +
            `Limber can restore the backup from ${newestGoodBackup?.day} (entries after it are in the damaged file only), or start an empty journal.`,
          buttons: [`Restore the backup from ${newestGoodBackup?.day}`, 'Start an empty journal'],
          defaultId: 0,
          cancelId: 0,
        }) === 0
          ? 'restore'
          : 'start-empty',
      onMissing: ({ empty, newestGoodBackup }) =>
        dialog.showMessageBoxSync({
          type: 'question',
          title: 'Limber',
          message: empty ? 'Your journal file is empty.' : 'Your journal file is missing.',
          detail: `Limber found a backup from ${newestGoodBackup.day}. Restore it, or start a new, empty journal?`,
          buttons: [`Restore the backup from ${newestGoodBackup.day}`, 'Start an empty journal'],
          defaultId: 0,
          cancelId: 0,
        }) === 0
          ? 'restore'
          : 'start-empty',
    });
  } catch (error) {
    dialog.showErrorBox('Limber cannot open its journal', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return null;
  }
}

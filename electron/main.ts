import path from 'node:path';
import { app, BrowserWindow, dialog, type Tray } from 'electron';
import { createDispatcher } from './api/dispatch';
import { createHandlers } from './api/handlers';
import { systemClock } from './core/clock';
import { scheduleBackups } from './core/backup/backups';
import { restoreBackup } from './core/backup/recovery';
import type { JournalRestorer } from './core/backup/restore-port';
import { createCore, DATABASE_FILE, type LimberCore } from './core/limber-core';
import type { Emit } from './core/events';
import { notifierWithEvents, pushStatus } from './core/reminders/reminder-events';
import { ReminderService } from './core/reminders/reminder-service';
import type { DueReminder, Response } from './core/reminders/scheduler';
import { systemSchedulerClock } from './core/reminders/system-clock';
import { buildTrayModel } from './core/tray/tray-model';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './shell/app-protocol';
import { electronAutostart } from './shell/autostart';
import { hardenApp } from './shell/hardening';
import { bindIpc } from './shell/ipc';
import { createMainWindow, LOG_WINDOW } from './shell/main-window';
import { showQuickTip } from './shell/quick-tip';
import { notifySendAvailable, notifySendNotifier } from './desktop/notify-send';
import { electronIdleSource, electronNotifier, forwardPowerEvents, sendToWindow } from './shell/electron-reminders';
import { electronReportPdf } from './shell/report-pdf';
import { createTray } from './shell/tray';

// Composition root: builds the core from real ports, binds the API, and opens the window.

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let window: BrowserWindow | undefined;
  let tray: Tray | undefined;
  /** Opens (or focuses) the window, optionally at a page such as `#/advice/heat-therapy`. */
  const openWindow = (route = '') => {
    if (window) {
      if (route) void window.loadURL(`${APP_ORIGIN}/index.html${route}`);
      if (window.isMinimized()) window.restore();
      window.focus();
      return;
    }
    window = createMainWindow(path.join(__dirname, 'preload.js'), !app.isPackaged, route);
    window.on('closed', () => (window = undefined));
  };
  app.on('second-instance', () => {
    if (app.isReady()) openWindow();
  });

  await app.whenReady();
  hardenApp();

  let core: LimberCore;
  try {
    core = createCore({
      dataDir: app.getPath('userData'),
      clock: systemClock,
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
    });
  } catch (error) {
    dialog.showErrorBox('Limber cannot open its journal', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }

  const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  const emit = sendToWindow(() => window) as Emit;
  const respond = (id: string, response: Response) => reminders.scheduler.respond(id, response);
  // Electron's notifications have action buttons on macOS and Windows; on Linux notify-send does.
  // Clicking a movement break opens the warm-up (steps and countdown) under the reminder's banner.
  const openFor = (reminder: DueReminder) => openWindow(reminder.kind === 'movement' ? '#/routines/desk-warm-up' : '#/');
  const desktop = notifySendAvailable() ? notifySendNotifier(respond, openFor) : electronNotifier(respond, openFor);
  const reminders: ReminderService = new ReminderService(core.settings, core.reminderLog, {
    clock: systemSchedulerClock(),
    idle: electronIdleSource(),
    notifier: notifierWithEvents(desktop, emit),
    timeZone: zone,
  });
  pushStatus(reminders.scheduler, emit);
  forwardPowerEvents((event) => reminders.scheduler.systemEvent(event));
  reminders.start();

  const stopBackups = scheduleBackups(core.backups, (error) => console.error('Limber: backup failed', error));

  serveRenderer(path.join(__dirname, '..', 'renderer'));
  bindIpc(createDispatcher(createHandlers(core, reminders, {
          autostart: electronAutostart(),
          restorer: relaunchingRestorer(core, () => stopBackups()),
          reportPdf: electronReportPdf(path.join(__dirname, 'preload.js'), () => window),
        }), (error) => console.error(error)));
  // Started at login: stay in the tray until asked.
  if (!process.argv.includes('--autostart')) openWindow();
  const trayView = createTray(path.join(__dirname, '..', '..', 'resources', 'tray', 'tray.png'), (action) => {
    const { scheduler } = reminders;
    switch (action.type) {
      case 'quick-tip':
        return showQuickTip(core.advice.nextTip(), (itemId) => openWindow(`#/advice/${itemId}`));
      case 'open':
        return openWindow();
      case 'quit':
        return app.quit();
      case 'warm-up':
        return openWindow('#/routines/desk-warm-up');
      case 'log-pain':
        return void createMainWindow(path.join(__dirname, 'preload.js'), !app.isPackaged, '#/log', LOG_WINDOW);
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
  tray = trayView.tray;
  // Re-rendered when a decision changes, and once a minute so the countdown stays right.
  const renderTray = () => trayView.render(buildTrayModel(reminders.scheduler.status(), zone()));
  reminders.scheduler.onChange(renderTray);
  setInterval(renderTray, 60_000).unref();
  renderTray();


  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // Limber lives in the tray: closing the window keeps reminders running; Quit is in the tray.
  app.on('window-all-closed', () => {});
  app.on('will-quit', () => {
    stopBackups();
    reminders.stop();
    tray?.destroy();
    core.close();
  });
}

/**
 * Restoring needs the journal closed, and everything in this process holds it open: close it,
 * put the backup in place, and start Limber again.
 */
function relaunchingRestorer(core: LimberCore, stopBackups: () => void): JournalRestorer {
  return {
    async restore(name) {
      const backup = core.backups.list().find((b) => b.name === name)!;
      stopBackups();
      core.close();
      restoreBackup(backup, path.join(app.getPath('userData'), DATABASE_FILE), Date.now());
      // Let the answer reach the window first.
      setTimeout(() => {
        app.relaunch();
        app.exit(0);
      }, 200);
      return { restartNeeded: true };
    },
  };
}

import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher, type Dispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { NO_AUTOSTART } from '../core/autostart';
import { systemClock } from '../core/clock';
import { scheduleBackups } from '../core/backup/backups';
import { restoreInPlace } from '../core/backup/restore-in-place';
import { startupNotices } from '../core/backup/startup-notices';
import type { JournalRestorer } from '../core/backup/restore-port';
import { PRINT_FROM_PAGE } from '../core/report/report-pdf';
import { createCore, type LimberCore } from '../core/limber-core';
import { notifierWithEvents, pushStatus } from '../core/reminders/reminder-events';
import { ReminderService } from '../core/reminders/reminder-service';
import { systemSchedulerClock } from '../core/reminders/system-clock';
import { BrowserActivity } from './browser-activity';
import { nodeDesktopNotifier } from '../desktop/node-notifier';
import { notifySendAvailable, notifySendNotifier } from '../desktop/notify-send';
import { BreakScreenGate } from '../core/reminders/break-screen';
import { QuietDetectors } from '../desktop/quiet/detectors';
import { platformDetectors } from '../desktop/quiet/platform-detectors';
import { EventStream } from './event-stream';
import { createPreviewServer } from './preview-server';

// `npm run preview`: the real core and API in plain Node, served to a browser on 127.0.0.1.

const USAGE = `Usage: node dist/preview/host.js [--data-dir DIR] [--port N]
  --data-dir DIR  where the journal lives (default: $LIMBER_DATA_DIR or ~/.limber-preview)
  --port N        port on 127.0.0.1 (default: $LIMBER_PORT or a free one)
  --time-scale N  run reminder time N times faster, to see a day of reminders in minutes
                  (idle time stays real, so natural breaks need real idle minutes)
LIMBER_DESKTOP_NOTIFICATIONS=0 keeps reminders in the page only.`;

function options(): { dataDir: string; port: number; timeScale: number } {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'time-scale': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const dataDir = path.resolve(values['data-dir'] ?? process.env.LIMBER_DATA_DIR ?? path.join(os.homedir(), '.limber-preview'));
  const port = Number(values.port ?? process.env.LIMBER_PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`);
  const timeScale = Number(values['time-scale'] ?? 1);
  if (!(timeScale >= 1 && timeScale <= 3600)) throw new Error(`--time-scale must be 1–3600, got ${values['time-scale']}`);
  return { dataDir, port, timeScale };
}

interface Journal {
  core: LimberCore;
  dispatch: Dispatch;
  /** Resolves once the journal is closed (after a backup under way has finished). */
  stop(): Promise<void>;
}

/** The core, its reminders and its backups for one data folder; booted again after a restore. */
function bootJournal(dataDir: string, timeScale: number, events: EventStream, activity: BrowserActivity, restorer: JournalRestorer): Journal {
  const core = createCore({ dataDir, clock: systemClock, importWorker: path.join(__dirname, 'import-worker.js') });
  if (core.startup.status === 'missing' && core.startup.restoredFrom) {
    console.warn(
      `Limber preview: the journal was ${core.startup.empty ? 'empty' : 'missing'}; restored the backup from ${core.startup.restoredFrom.day} (your newest).`,
    );
  }
  for (const notice of startupNotices(core.startup)) console.warn(`Limber preview: ${notice}`);
  if (core.startup.status === 'damaged') {
    console.warn(`Limber preview: the journal file was damaged; kept unchanged as ${core.startup.keptAs}.`);
    console.warn(
      core.startup.restoredFrom
        ? `Limber preview: restored the backup from ${core.startup.restoredFrom.day}.`
        : 'Limber preview: no good backup found; starting an empty journal.',
    );
  }
  const stopBackups = scheduleBackups(core.backups, (error) => console.error('Limber preview: backup failed', error));
  // Desktop notifications as well as the page: with actions through notify-send where Linux has
  // it, otherwise node-notifier (text only; the page carries the choices).
  const desktop =
    process.env.LIMBER_DESKTOP_NOTIFICATIONS === '0'
      ? null
      : notifySendAvailable()
        ? notifySendNotifier((id, response) => reminders.scheduler.respond(id, response), () => {})
        : nodeDesktopNotifier();
  const clock = systemSchedulerClock(timeScale);
  // The break screen is a page layout here: the page is told to take it, and to leave it.
  const breakScreen = new BreakScreenGate({
    clock,
    idle: activity,
    fullScreen: new QuietDetectors(platformDetectors().filter((d) => d.reason === 'full-screen')),
    screen: { open: ({ id }) => events.emit('breakScreen', { id, open: true }), close: (id) => events.emit('breakScreen', { id, open: false }) },
    settings: () => reminders.settingsNow(),
    status: () => reminders.scheduler.status(),
    onStatusChange: (listener) => reminders.scheduler.onChange(listener),
  });
  const reminders: ReminderService = new ReminderService(core.settings, core.reminderLog, {
    clock,
    idle: activity,
    quiet: new QuietDetectors(platformDetectors()),
    notifier: breakScreen.notifier(notifierWithEvents(desktop, events.emit)),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const stopStatus = pushStatus(reminders.scheduler, events.emit);
  reminders.start();
  breakScreen.start();
  return {
    core,
    dispatch: createDispatcher(createHandlers(core, reminders, { autostart: NO_AUTOSTART, restorer, reportPdf: PRINT_FROM_PAGE }), (error) => console.error(error), () => core.importer.running),
    async stop() {
      stopStatus();
      breakScreen.stop();
      reminders.stop();
      await stopBackups();
      core.close();
    },
  };
}

function main(): void {
  const { dataDir, port, timeScale } = options();
  const token = randomBytes(24).toString('base64url');
  const events = new EventStream();
  const activity = new BrowserActivity();
  // Restoring swaps the whole journal in place: stop it, put the backup in, boot again.
  const restorer: JournalRestorer = {
    async restore(name) {
      const keptAs = await restoreInPlace(journal.core, name, () => journal.stop());
      console.log(`Limber preview: restored ${name}; the journal it replaced is kept as ${keptAs}.`);
      journal = bootJournal(dataDir, timeScale, events, activity, restorer);
      return { restartNeeded: false };
    },
  };
  let journal = bootJournal(dataDir, timeScale, events, activity, restorer);
  const server = createPreviewServer({
    dispatch: (channel, payload) => journal.dispatch(channel, payload),
    rendererDir: path.join(__dirname, '..', 'renderer'),
    clientScript: path.join(__dirname, 'client.js'),
    token,
    events,
    onActivity: () => activity.touch(),
  });
  server.on('error', (error) => {
    console.error(`Limber preview could not start: ${error.message}`);
    void journal.stop().finally(() => process.exit(1));
  });
  server.listen(port, '127.0.0.1', () => {
    const { port: actual } = server.address() as { port: number };
    console.log(`Limber preview: journal in ${dataDir}`);
    if (timeScale !== 1) console.log(`Limber preview: reminder time runs ${timeScale}× faster`);
    console.log(`Limber preview: open http://127.0.0.1:${actual}/?token=${token}`);
  });
  const stop = () => {
    events.closeAll();
    server.close();
    server.closeAllConnections();
    void journal.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  main();
} catch (error) {
  console.error(`Limber preview could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

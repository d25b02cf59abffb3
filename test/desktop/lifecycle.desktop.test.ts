import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { contract } from '../../electron/api/contract';
import { electronEvent } from '../support/electron/realm';
import { ROOT, settle, type Desktop, type LoadOptions } from '../support/electron/load-main';
import { desktopPerTest, value } from '../support/electron/per-test';

const desktop = desktopPerTest();

const started = (options: LoadOptions = {}) => desktop.start(options);

async function quitAndWait(app: Desktop): Promise<void> {
  app.quit();
  await vi.waitFor(() => expect(app.realm.exitCode).toBe(0));
  app.unload();
}

const journalDir = (app: Desktop, packaged = false) => path.join(app.appData, packaged ? 'Limber' : 'Limber (development)');
const episode = contract.journal.addEpisode.example;

describe('starting', () => {
  it('run from source, keeps its journal apart from the installed app’s', async () => {
    const app = await started();
    expect(fs.existsSync(path.join(journalDir(app), 'limber.sqlite3'))).toBe(true);
    expect(fs.existsSync(path.join(app.appData, 'Limber'))).toBe(false);
  });

  it('at login, stays in the tray with the window closed (macOS says so through the login item)', async () => {
    const linux = await started({ args: ['--autostart'] });
    expect(linux.windows()).toEqual([]);
    expect(linux.tray().isDestroyed()).toBe(false);
    linux.quit();
    linux.unload();
    const mac = await started({ platform: 'darwin', prepare: (realm) => (realm.openedAtLogin = true) });
    expect(mac.windows()).toEqual([]);
  });

  it('where no tray icon shows (GNOME), starts minimised at login and closing the window only minimises it', async () => {
    const app = await started({ args: ['--autostart'], env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', XDG_SESSION_TYPE: 'wayland' } });
    await vi.waitFor(() => expect(app.windows()).toHaveLength(1));
    const window = app.window();
    expect(window.isMinimized()).toBe(true);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(app.electron.Menu.getApplicationMenu()).not.toBeNull();
  });

  it('a second launch brings the window back; one at login does not', async () => {
    const app = await started();
    app.window().minimize();
    app.app.emit('second-instance', electronEvent(), [process.execPath, ROOT], ROOT, {});
    expect(app.window().isMinimized()).toBe(false);
    app.window().close();
    app.app.emit('second-instance', electronEvent(), [process.execPath, ROOT, '--autostart'], ROOT, {});
    expect(app.windows()).toEqual([]);
  });

  it('quits at once when another Limber is running', async () => {
    const app = await started({ singleInstance: false });
    expect(app.realm.quitCalled).toBe(true);
    expect(app.windows()).toEqual([]);
    expect(app.realm.trays).toEqual([]);
  });

  it('has its own menu: Quit and the pages, no Reload or DevTools once installed', async () => {
    const app = await started({ isPackaged: true });
    const menu = app.electron.Menu.getApplicationMenu() as unknown as { template: { label?: string; role?: string; submenu?: unknown }[] };
    const text = JSON.stringify(menu.template);
    expect(text).toContain('Quit Limber');
    expect(text).toContain('Log pain…');
    expect(text).not.toMatch(/reload|toggleDevTools|electronjs/i);
  });
});

describe('the operating system', () => {
  it('passes suspend, resume, lock and unlock on to the reminders', async () => {
    const app = await started();
    const monitor = app.electron.powerMonitor;
    monitor.emit('lock-screen');
    expect((await value(app.limber().reminders.status({}))).mode).toBe('locked');
    monitor.emit('unlock-screen');
    monitor.emit('suspend');
    expect((await value(app.limber().reminders.status({}))).mode).toBe('asleep');
    monitor.emit('resume');
    expect((await value(app.limber().reminders.status({}))).mode).toBe('active');
  });

  it('reads idle time from powerMonitor on X11, and says when Wayland gives no way to know it', async () => {
    const x11 = await started({ env: { XDG_SESSION_TYPE: 'x11' } });
    expect((await value(x11.limber().reminders.status({}))).idleDetection).toBe(true);
    x11.quit();
    x11.unload();
    // No Mutter on the bus (no gdbus here) and powerMonitor stuck at 0: natural breaks cannot be seen.
    const wayland = await started({ env: { XDG_SESSION_TYPE: 'wayland' } });
    await vi.waitFor(async () => expect((await value(wayland.limber().reminders.status({}))).idleDetection).toBe(false));
  });

  it('on Wayland, trusts powerMonitor once it has seen the person idle', async () => {
    const app = await started({ env: { XDG_SESSION_TYPE: 'wayland' } });
    app.realm.idleSeconds = 30;
    expect((await value(app.limber().reminders.status({}))).idleDetection).toBe(true);
  });
});

describe('starting at login, per platform', () => {
  it('on Windows, reads the switch back with the arguments it set (else it always looks off)', async () => {
    const app = await started({ platform: 'win32', isPackaged: true });
    expect(await value(app.limber().settings.setAutostart({ on: true }))).toEqual({ supported: true, enabled: true, needsApproval: false });
    expect(app.app.loginItems.args).toEqual(['--autostart']);
  });

  it('on macOS, says when the login item waits for approval in System Settings', async () => {
    const app = await started({ platform: 'darwin', isPackaged: true, prepare: (realm) => (realm.loginItemNeedsApproval = true) });
    expect(await value(app.limber().settings.setAutostart({ on: true }))).toEqual({ supported: true, enabled: true, needsApproval: true });
  });

  it('on Linux run from source, the autostart entry starts Electron with the app folder', async () => {
    const app = await started();
    await value(app.limber().settings.setAutostart({ on: true }));
    const entry = fs.readFileSync(path.join(app.appData, '.config', 'autostart', 'limber.desktop'), 'utf8');
    expect(entry).toContain(`Exec="/opt/Limber/limber" "${ROOT}" --autostart\n`);
  });
});

describe('the journal file', () => {
  it('when damaged, is kept aside and the person chooses: restoring the newest good backup brings its entries back', async () => {
    // The day's backup is taken at start: log an entry, then start again without it to back it up.
    const first = await started();
    await value(first.limber().journal.addEpisode(episode));
    await quitAndWait(first);
    fs.rmSync(path.join(journalDir(first), 'backups'), { recursive: true });
    const backedUp = await started({ appData: first.appData });
    await vi.waitFor(async () => expect(await value(backedUp.limber().data.backups({}))).toHaveLength(1));
    await quitAndWait(backedUp);
    fs.writeFileSync(path.join(journalDir(first), 'limber.sqlite3'), 'this is not a database'.repeat(200));
    fs.rmSync(path.join(journalDir(first), 'limber.sqlite3-wal'), { force: true });

    const second = await started({ appData: first.appData, prepare: (realm) => realm.messageBoxAnswers.push(0) });
    const dialog = second.realm.dialogs.find((d) => d.kind === 'messageBox')?.options as { message: string; buttons: string[] };
    expect(dialog.message).toBe('Your journal file is damaged.');
    expect(dialog.buttons[0]).toMatch(/^Restore the backup from \d{4}-\d{2}-\d{2}$/);
    expect((await value(second.limber().journal.listEpisodes({ limit: 10 }))).items).toHaveLength(1);
    expect(fs.readdirSync(journalDir(first)).some((name) => name.startsWith('limber.sqlite3.damaged-'))).toBe(true);
  });

  it('with a -wal from another journal beside it, opens as saved, keeps that file and says so', async () => {
    const first = await started();
    await value(first.limber().journal.addEpisode({ ...episode, notes: 'mine' }));
    await quitAndWait(first);
    const other = path.join(first.appData, 'other.sqlite3');
    const db = new Database(other);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE episodes (notes TEXT); INSERT INTO episodes VALUES (1)');
    fs.copyFileSync(`${other}-wal`, path.join(journalDir(first), 'limber.sqlite3-wal'));
    db.close();

    const second = await started({ appData: first.appData });
    const told = second.realm.dialogs.find((d) => d.kind === 'messageBox')?.options as { message: string; detail: string };
    expect(told.message).toBe('Limber looked after your journal while starting.');
    expect(told.detail).toMatch(/came from another journal, so Limber did not apply it/);
    expect((await value(second.limber().journal.listEpisodes({ limit: 10 }))).items.map((e) => e.notes)).toEqual(['mine']);
    expect(fs.readdirSync(journalDir(first)).filter((name) => name.includes('.foreign-wal-'))).toHaveLength(2);
  });

  it('when missing beside a backup, asks before starting an empty journal', async () => {
    const first = await started();
    await vi.waitFor(async () => expect(await value(first.limber().data.backups({}))).toHaveLength(1));
    await quitAndWait(first);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(journalDir(first), `limber.sqlite3${suffix}`), { force: true });
    const second = await started({ appData: first.appData, prepare: (realm) => realm.messageBoxAnswers.push(1) });
    const dialog = second.realm.dialogs.find((d) => d.kind === 'messageBox')?.options as { message: string; buttons: string[] };
    expect(dialog.message).toBe('Your journal file is missing.');
    expect(dialog.buttons).toEqual([expect.stringMatching(/^Restore the backup from \d{4}-\d{2}-\d{2}$/), 'Start an empty journal']);
    expect((await value(second.limber().journal.listEpisodes({ limit: 10 }))).items).toEqual([]);
  });

  it('restoring a backup replaces the journal, keeps the old one aside and starts Limber again (not as at login)', async () => {
    const app = await started({ args: ['--autostart'], env: { APPIMAGE: '/home/me/Limber.AppImage' } });
    app.clickTray('Open Limber');
    const [backup] = await vi.waitFor(async () => {
      const list = await value(app.limber().data.backups({}));
      expect(list).toHaveLength(1);
      return list;
    });
    await value(app.limber().journal.addEpisode({ ...episode, notes: 'after the backup' }));
    expect(await value(app.limber().data.restoreBackup({ name: backup!.name }))).toEqual({ restartNeeded: true });
    await vi.waitFor(() => expect(app.realm.exitCode).toBe(0), { timeout: 2000 });
    expect(app.realm.relaunches).toEqual([{ execPath: '/home/me/Limber.AppImage', args: [ROOT] }]);
    const keptAside = fs.readdirSync(journalDir(app)).filter((name) => /^limber\.sqlite3\.before-restore-[^.]+$/.test(name));
    expect(keptAside).toHaveLength(1);
    app.unload();
    const again = await started({ appData: app.appData });
    expect((await value(again.limber().journal.listEpisodes({ limit: 10 }))).items).toEqual([]);
    const old = new Database(path.join(journalDir(app), keptAside[0]!), { readonly: true });
    expect(old.prepare('SELECT notes FROM episodes').pluck().all()).toEqual(['after the backup']);
    old.close();
  });

  it('a restore that fails leaves the journal open and working, and does not restart', async () => {
    const app = await started();
    const [backup] = await vi.waitFor(async () => {
      const list = await value(app.limber().data.backups({}));
      expect(list).toHaveLength(1);
      return list;
    });
    fs.writeFileSync(path.join(journalDir(app), 'backups', backup!.name), 'damaged');
    const refused = await app.limber().data.restoreBackup({ name: backup!.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup-unusable', message: expect.stringMatching(/damaged.*Your journal is unchanged/) } });
    expect((await app.limber().journal.addEpisode(episode)).ok).toBe(true);
    await settle();
    expect(app.realm.relaunches).toEqual([]);
    expect(app.realm.exitCode).toBeNull();
  });

  it('is opened, backed up and checked with the Electron build of SQLite whenever one is given', async () => {
    const binding = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    const app = await started({ env: { LIMBER_SQLITE_BINDING: binding } });
    const [backup] = await vi.waitFor(async () => {
      const list = await value(app.limber().data.backups({}));
      expect(list).toHaveLength(1);
      return list;
    });
    fs.writeFileSync(path.join(journalDir(app), 'backups', backup!.name), 'damaged');
    await app.limber().data.restoreBackup({ name: backup!.name });
    const files = app.databaseOpens.map((open) => path.basename(open.file));
    expect(files).toEqual(expect.arrayContaining(['limber.sqlite3', expect.stringMatching(/\.partial$/), backup!.name]));
    expect(app.databaseOpens.filter((open) => open.nativeBinding !== binding)).toEqual([]);
  });
});

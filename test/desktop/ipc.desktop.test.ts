import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../electron/api/bridge';
import { channels } from '../../electron/api/contract';
import { settle } from '../support/electron/load-main';

const BUILT_RENDERER = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
import { desktopPerTest, fakeClock } from '../support/electron/per-test';

const desktop = desktopPerTest();

type RawBridge = Record<string, Record<string, (input: unknown) => Promise<Envelope<unknown>>>> & {
  on(event: string, listener: (payload: unknown) => void): () => void;
};

/** Examples that act on a supplement come before the one that archives it. */
const ARCHIVE_LAST = (name: string) => (name === 'journal.archiveSupplement' ? 1 : 0);

describe('window.limber in the desktop app', () => {
  it("answers every channel of the contract, called with its example from Limber's own window", async () => {
    const app = await desktop.start();
    app.realm.saveDialogAnswer = path.join(app.appData, 'Documents', 'report.pdf');
    // The renderer itself runs in Chromium in the e2e tests; here the report page only says it is ready.
    app.realm.onPageLoad = (url: string, contents) => {
      if (url.includes('#/report/')) setImmediate(() => contents.emit('page-title-updated', { preventDefault() {} }, 'Limber report 2026-09-01 to 2026-11-25'));
    };
    const limber = app.limber() as unknown as RawBridge;
    const answered: string[] = [];
    const refused: string[] = [];
    const ordered = [...channels].filter((c) => c.name !== 'data.restoreBackup').sort((a, b) => ARCHIVE_LAST(a.name) - ARCHIVE_LAST(b.name));
    // A routine's id comes from the clock when it is saved: delete and restore take the one just made.
    let madeRoutine: string | null = null;
    for (const { name, group, method, channel } of ordered) {
      const input = group === 'routines' && madeRoutine && (method === 'delete' || method === 'restore') ? { id: madeRoutine } : channel.example;
      const envelope = await limber[group]![method]!(input);
      if (envelope.ok && name === 'routines.save') madeRoutine = (envelope.value as { id: string }).id;
      if (envelope.ok) answered.push(name);
      else refused.push(`${name}: ${envelope.error.message}`);
    }
    expect(refused).toEqual([]);
    // data.restoreBackup restarts the app; it has a test of its own in lifecycle.desktop.test.ts.
    expect(answered).toHaveLength(channels.length - 1);
    expect(fs.readFileSync(path.join(app.appData, 'Documents', 'report.pdf'), 'latin1')).toMatch(/^%PDF/);
  });

  it('refuses calls from a subframe, another host, file:// and web pages, and changes nothing', async () => {
    const app = await desktop.start();
    const page = app.page();
    const example = channels.find((c) => c.name === 'journal.addEpisode')!.channel.example;
    const senders = [
      page.addFrame('app://limber/index.html'),
      { ...page.mainFrame, url: 'app://evil/index.html' },
      { ...page.mainFrame, url: 'file:///home/someone/index.html' },
      { ...page.mainFrame, url: 'https://limber.example/index.html' },
      { ...page.mainFrame, url: 'http://127.0.0.1:8080/' },
    ];
    for (const sender of senders) {
      const envelope = (await page.invokeFrom(sender, 'journal.addEpisode', example)) as Envelope<unknown>;
      expect(envelope.ok, sender.url).toBe(false);
      expect(!envelope.ok && envelope.error.code).toBe('forbidden');
    }
    const list = (await (app.limber() as unknown as RawBridge).journal!.listEpisodes!({ limit: 10 })) as Envelope<{ items: unknown[] }>;
    expect(list.ok && list.value.items).toEqual([]);
  });

  it('is trusted on every page of the app, whatever the route', async () => {
    const app = await desktop.start();
    await app.window().loadURL('app://limber/index.html#/advice/heat-therapy');
    const envelope = await (app.limber() as unknown as RawBridge).advice!.item!({ id: 'heat-therapy' });
    expect(envelope.ok).toBe(true);
  });

  it('pushes reminder status to the window', async () => {
    const app = await desktop.start();
    const limber = app.limber() as unknown as RawBridge;
    const statuses: unknown[] = [];
    limber.on('reminderStatus', (status) => statuses.push(status));
    await limber.reminders!.pause!({ for: '1-hour' });
    await settle();
    expect(statuses.at(-1)).toMatchObject({ mode: 'paused' });
  });

  it('says what this computer can detect of calls, full screen and do-not-disturb, and how', async () => {
    const app = await desktop.start();
    const envelope = (await (app.limber() as unknown as RawBridge).reminders!.quietDetectors!({})) as Envelope<{ reason: string; available: boolean; how: string }[]>;
    expect(envelope.ok).toBe(true);
    const detectors = envelope.ok ? envelope.value : [];
    // This runs on Linux: each reason has its detectors, each saying how it sees or why it cannot.
    expect([...new Set(detectors.map((d) => d.reason))]).toEqual(['call', 'full-screen', 'system-do-not-disturb']);
    expect(detectors.find((d) => d.how.startsWith('the camera'))).toMatchObject({ reason: 'call', available: true });
    expect(detectors.every((d) => d.how.length > 10)).toBe(true);
  });

  it('exposes only the contract: no ipcRenderer, no require, no process', async () => {
    const app = await desktop.start();
    const world = app.page().mainWorld;
    expect(Object.keys(world)).toEqual(['limber']);
    expect(Object.keys(world.limber as object).sort()).toEqual([...new Set(channels.map((c) => c.group)), 'on'].sort());
    expect(() => (app.limber() as unknown as RawBridge).on('not-an-event', () => {})).toThrow(/no event called/);
  });
});

describe('saving the doctor report as a PDF', () => {
  it('prints with the margins the page’s @page rule fills with the running header and page numbers', async () => {
    const app = await desktop.start();
    const file = path.join(app.appData, 'Documents', 'report.pdf');
    app.realm.saveDialogAnswer = file;
    app.realm.onPageLoad = (url: string, contents) => {
      if (url.includes('#/report/')) setImmediate(() => contents.emit('page-title-updated', { preventDefault() {} }, 'Limber report 2026-09-01 to 2026-11-25'));
    };
    expect(await app.limber().report.savePdf({ from: '2026-09-01', to: '2026-11-25' })).toMatchObject({ ok: true });
    // The stand-in writes the options it was given after its PDF marker.
    const options = JSON.parse(/\{.*\}$/.exec(fs.readFileSync(file, 'latin1'))![0]) as { margins: Record<string, number> };
    const assets = path.join(BUILT_RENDERER, 'assets');
    const css = fs.readdirSync(assets).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(assets, f), 'utf8')).join('');
    const [top, right, bottom] = /@page\s*\{\s*margin:\s*(\d+)mm (\d+)mm (\d+)mm/.exec(css)!.slice(1).map(Number);
    const inches = (mm: number) => expect.closeTo(mm / 25.4, 6);
    expect(options.margins).toEqual({ top: inches(top!), right: inches(right!), bottom: inches(bottom!), left: inches(right!) });
    expect(css).toMatch(/@top-left\s*\{\s*content:\s*var\(--report-running-header/);
    expect(css).toMatch(/@bottom-right\s*\{\s*content:\s*"Page " counter\(page\) " of " counter\(pages\)/);
  });

  it('answers with an error when the report page fails to load, and leaves no timer behind to fail later', async () => {
    fakeClock();
    const app = await desktop.start();
    app.realm.onPageLoad = (url) => {
      if (url.includes('#/report/')) throw new Error('net::ERR_FAILED');
    };
    const envelope = await app.limber().report.savePdf({ from: '2026-09-01', to: '2026-11-25' });
    expect(envelope.ok).toBe(false);
    // A forgotten 20-second timer would now reject a promise nobody awaits: vitest fails the run.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(app.windows().map((w) => w.webContents.getURL())).toEqual(['app://limber/index.html']);
  });
});

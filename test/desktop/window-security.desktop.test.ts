import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { desktopPerTest } from '../support/electron/per-test';

const desktop = desktopPerTest();

describe('the app:// protocol', () => {
  it('serves the page and its assets with the CSP, nosniff and the right types', async () => {
    const app = await desktop.start();
    const page = await app.fetchApp('app://limber/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    const script = /src="([^"]+\.js)"/.exec(html)?.[1];
    const style = /href="([^"]+\.css)"/.exec(html)?.[1];
    expect(script && style).toBeTruthy();
    const js = await app.fetchApp(new URL(script!, 'app://limber/index.html').href);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await app.fetchApp(new URL(style!, 'app://limber/index.html').href);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for missing files, other hosts and paths that climb out of the app', async () => {
    const app = await desktop.start();
    for (const url of ['app://limber/nothing-here.js', 'app://other/index.html', 'app://limber/..%2f..%2fpackage.json', 'app://limber/%2e%2e/%2e%2e/package.json', 'app://limber/assets/%00.js']) {
      const response = await app.fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toContain("default-src 'none'");
    }
  });

  it('is registered as a privileged standard, secure scheme before the app is ready', async () => {
    const app = await desktop.start();
    expect(app.realm.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });
});

describe('every window', () => {
  it('runs sandboxed and isolated, without Node, spellchecker or insecure content, with a preload that exists', async () => {
    const app = await desktop.start();
    const prefs = app.window().options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, spellcheck: false });
    expect(fs.existsSync(prefs.preload!)).toBe(true);
  });

  it('can be made as narrow as the pages reflow (320 px), so every page stays reachable', async () => {
    const app = await desktop.start();
    expect(app.window().options).toMatchObject({ minWidth: 320 });
  });

  it('may move between its own pages but not leave app://limber', async () => {
    const app = await desktop.start();
    const contents = app.window().webContents;
    expect(contents.navigate('app://limber/index.html#/journal')).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1:3000/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)']) {
      expect(contents.navigate(url), url).toBe(false);
    }
    expect(contents.getURL()).toBe('app://limber/index.html#/journal');
  });

  it('opens no new windows and grants no permission', async () => {
    const app = await desktop.start();
    const contents = app.window().webContents;
    expect(contents.openWindow('https://example.com/').action).toBe('deny');
    expect(contents.openWindow('app://limber/index.html').action).toBe('deny');
    const { permissionRequest, permissionCheck } = app.sessionState;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'] as const) {
      const granted = await new Promise<boolean>((resolve) => permissionRequest!(contents as never, permission, resolve, {} as never));
      expect(granted, permission).toBe(false);
      expect(permissionCheck!(contents as never, permission, 'app://limber', {} as never), permission).toBe(false);
    }
  });

  it('reaches no network: http, https and web sockets are cancelled, app:// is not', async () => {
    const app = await desktop.start();
    for (const url of ['http://example.com/', 'https://example.com/x.js', 'ws://127.0.0.1:9/', 'wss://example.com/socket']) {
      expect(await app.networkAllowed(url), url).toBe(false);
    }
    expect(await app.networkAllowed('app://limber/index.html')).toBe(true);
  });
});

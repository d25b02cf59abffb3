import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS, resolveAsset } from '../api/renderer-assets';

/**
 * The renderer is served from app://limber rather than file://, so it has a real origin for the
 * CSP and for the sender check on every IPC call, and cannot read arbitrary local files.
 */
export const APP_ORIGIN = 'app://limber';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const asset = url.host === 'limber' ? resolveAsset(rendererDir, url.pathname) : null;
    if (!asset) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(await fs.readFile(asset.file), {
      headers: { ...SECURITY_HEADERS, 'content-type': asset.contentType },
    });
  });
}

export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { SECURITY_HEADERS, resolveAsset } from '../api/renderer-assets';

/**
 * The renderer is served from app://limber rather than file://, so it has a real origin for the
 * CSP and for the sender check on every IPC call, and cannot read arbitrary local files.
 */
const APP_SCHEME = 'app';
const APP_HOST = 'limber';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const asset = url.host === APP_HOST ? resolveAsset(rendererDir, url.pathname) : null;
    if (!asset) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(await fs.readFile(asset.file), {
      headers: { ...SECURITY_HEADERS, 'content-type': asset.contentType },
    });
  });
}

/**
 * True for Limber's own pages. Compared by protocol and host: `app:` is not a special scheme to
 * the URL standard, so `new URL('app://limber/').origin` is the string "null" for every app:// URL.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

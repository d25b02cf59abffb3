import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import { SECURITY_HEADERS, resolveAsset } from '../api/renderer-assets';
import type { EventStream } from './event-stream';
import { ACTIVITY_PATH, EVENTS_PATH, TOKEN_HEADER, TOKEN_META } from './wire';

export interface PreviewServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The bundled browser client that defines window.limber (dist/preview/client.js). */
  clientScript: string;
  /** Per-run secret: the page gets it from the URL the host prints, API calls must carry it. */
  token: string;
  /** Pushed events (reminders) for the open pages. */
  events: EventStream;
  /** The page saw keyboard or pointer input. */
  onActivity(): void;
  /** Bodies allowed for every channel but the import (tests lower them). */
  limits?: BodyLimits;
}

export interface BodyLimits {
  call: number;
  import: number;
}

const CLIENT_PATH = '/__limber/client.js';
const MIB = 1024 * 1024;
/** Every call but an import is small; an import of 100,000 entries is about 20 MB. */
export const BODY_LIMITS: BodyLimits = { call: 1 * MIB, import: 64 * MIB };
const IMPORT_CHANNEL = 'data.importJson';

/**
 * Serves the renderer and the API contract over HTTP on loopback. Other local web pages must not
 * read or write the journal, so: the Host header must name this server (defeats DNS rebinding), a
 * cross-origin Origin is refused, and every API call needs the per-run token in a custom header
 * (which a foreign page cannot send without a CORS preflight this server never grants).
 */
export function createPreviewServer(options: PreviewServerOptions): http.Server {
  const server = http.createServer((req, res) => {
    handle(server, options, req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });
  // A slow or stalled client may not hold a connection open: headers within 10 s, the whole
  // request (a 64 MiB import included) within 60 s. Event streams are responses, not requests.
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  return server;
}

async function handle(
  server: http.Server,
  options: PreviewServerOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const { port } = server.address() as AddressInfo;
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return send(res, 403, 'text/plain; charset=utf-8', 'Unexpected Host header.');
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return send(res, 403, 'text/plain; charset=utf-8', 'Cross-origin requests are not allowed.');
  }
  const url = new URL(req.url ?? '/', `http://${host}`);

  if (url.pathname === EVENTS_PATH) {
    // EventSource cannot send headers: the token comes in the query, same-origin only.
    if (!isSameOrigin(req) || !tokenMatches(url.searchParams.get('token'), options.token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Not allowed.');
    }
    options.events.attach(res, SECURITY_HEADERS);
    return;
  }
  if (url.pathname === ACTIVITY_PATH) {
    if (req.method !== 'POST' || !isSameOrigin(req) || !tokenMatches(headerToken(req), options.token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Not allowed.');
    }
    options.onActivity();
    return send(res, 204, 'text/plain; charset=utf-8', '');
  }
  if (url.pathname.startsWith('/api/')) return handleApi(options, url.pathname.slice('/api/'.length), req, res);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
  if (url.pathname === '/' || url.pathname === '/index.html') {
    if (!tokenMatches(url.searchParams.get('token'), options.token)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Open the address printed by `npm run preview` (it carries this run\'s key).');
    }
    return send(res, 200, 'text/html; charset=utf-8', pageWithClient(options));
  }
  if (url.pathname === CLIENT_PATH) {
    return send(res, 200, 'text/javascript; charset=utf-8', fs.readFileSync(options.clientScript));
  }
  const asset = resolveAsset(options.rendererDir, url.pathname);
  if (!asset) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  return send(res, 200, asset.contentType, fs.readFileSync(asset.file));
}

async function handleApi(
  options: PreviewServerOptions,
  channel: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
  if (!isSameOrigin(req)) return send(res, 403, 'text/plain; charset=utf-8', 'Cross-site requests are not allowed.');
  if (!tokenMatches(headerToken(req), options.token)) {
    return send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong preview token.');
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON.');
  }
  const name = decodeChannel(channel);
  if (name === null) return send(res, 404, 'text/plain; charset=utf-8', 'There is no such API channel.');
  const limits = options.limits ?? BODY_LIMITS;
  const limit = name === IMPORT_CHANNEL ? limits.import : limits.call;
  const body = await readBody(req, limit);
  if (body === null) {
    // The rest of the body is not read: the connection closes once this answer is sent.
    res.setHeader('connection', 'close');
    const most = `${limit / MIB} MiB`;
    return send(res, 413, 'text/plain; charset=utf-8', `This request is larger than ${most}, the most ${name} accepts; nothing was saved.`);
  }
  let payload: unknown;
  try {
    payload = body.length === 0 ? undefined : JSON.parse(body);
  } catch {
    const error = { code: 'invalid-input', message: `Invalid input for ${name}: the request body is not valid JSON.`, issues: [] };
    return send(res, 200, 'application/json', JSON.stringify({ ok: false, error }));
  }
  return send(res, 200, 'application/json', JSON.stringify(await options.dispatch(name, payload)));
}

/** A channel name from the URL; null for a malformed escape (`%zz`) or a name no channel could have. */
function decodeChannel(raw: string): string | null {
  try {
    const name = decodeURIComponent(raw);
    return /^[a-zA-Z]+\.[a-zA-Z]+$/.test(name) ? name : null;
  } catch {
    return null;
  }
}

function pageWithClient({ rendererDir, token }: PreviewServerOptions): string {
  const html = fs.readFileSync(`${rendererDir}/index.html`, 'utf8');
  // A classic script in <head> runs before the deferred module bundle, so window.limber exists first.
  const inject = `<meta name="${TOKEN_META}" content="${token}">\n    <script src="${CLIENT_PATH}"></script>\n  </head>`;
  return html.replace('</head>', inject);
}

function isSameOrigin(req: http.IncomingMessage): boolean {
  const fetchSite = req.headers['sec-fetch-site'];
  return fetchSite === undefined || fetchSite === 'same-origin';
}

function headerToken(req: http.IncomingMessage): string | null {
  const token = req.headers[TOKEN_HEADER];
  return typeof token === 'string' ? token : null;
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body as text, or null when it is (or says it will be) longer than `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Stop keeping it, but let the answer go out before the connection closes.
      chunks.length = 0;
      req.pause();
      resolve(null);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

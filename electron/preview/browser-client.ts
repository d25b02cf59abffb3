import { buildBridge, type Envelope } from '../api/bridge';
import type { EventName } from '../core/events';
import { ACTIVITY_PATH, EVENTS_PATH, TOKEN_HEADER, TOKEN_META } from './wire';

// Injected by the preview host before the renderer bundle: gives the page the same window.limber
// the Electron preload gives it, carried over fetch instead of IPC.

const token = document.querySelector(`meta[name="${TOKEN_META}"]`)?.getAttribute('content') ?? '';

async function post(channel: string, input: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: input === undefined ? '' : JSON.stringify(input),
    });
  } catch {
    return failure('unreachable', 'Cannot reach the Limber preview host. Is `npm run preview` still running?');
  }
  if (!response.ok) return failure('forbidden', `The preview host refused the call (${response.status}): ${await response.text()}`);
  return (await response.json()) as Envelope<unknown>;
}

function failure(code: 'unreachable' | 'forbidden', message: string): Envelope<never> {
  return { ok: false, error: { code, message, issues: [] } };
}

// One event stream for the page; listeners subscribe per event name.
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
const stream = new EventSource(`${EVENTS_PATH}?token=${encodeURIComponent(token)}`);

function subscribe(event: EventName, listener: (payload: unknown) => void): () => void {
  if (!listeners.has(event)) {
    listeners.set(event, new Set());
    stream.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const l of listeners.get(event) ?? []) l(payload);
    });
  }
  listeners.get(event)!.add(listener);
  return () => listeners.get(event)?.delete(listener);
}

// The preview's idle source: tell the host someone is using the page, at most once a second (finer
// than the break screen's 3-second pause in typing; a loopback request a second costs nothing).
const ACTIVITY_EVERY_MS = 1000;
let lastReport = 0;
function reportActivity(): void {
  const now = Date.now();
  if (now - lastReport < ACTIVITY_EVERY_MS) return;
  lastReport = now;
  void fetch(ACTIVITY_PATH, { method: 'POST', headers: { [TOKEN_HEADER]: token } }).catch(() => {});
}
for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focus']) {
  window.addEventListener(type, reportActivity, { passive: true, capture: true });
}

Object.defineProperty(window, 'limber', { value: buildBridge(post, subscribe), enumerable: true });

import { buildBridge, type Envelope } from '../api/bridge';
import { TOKEN_HEADER, TOKEN_META } from './wire';

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

Object.defineProperty(window, 'limber', { value: buildBridge(post), enumerable: true });

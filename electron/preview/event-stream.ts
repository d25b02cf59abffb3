import type http from 'node:http';
import type { Emit } from '../core/events';

/** A person has a few tabs open at most; more streams than this are someone holding connections. */
export const MAX_STREAMS = 16;

/** Server-sent events to every open page: the preview's equivalent of webContents.send. */
export class EventStream {
  private readonly clients = new Set<http.ServerResponse>();

  /** Streams events to one page; false (and a 503 in words) when too many are open already. */
  attach(res: http.ServerResponse, headers: Record<string, string>): boolean {
    if (this.clients.size >= MAX_STREAMS) {
      res.writeHead(503, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
      res.end(`Too many open Limber pages (${MAX_STREAMS}): close some, then reload.`);
      return false;
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    return true;
  }

  emit: Emit = (event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of this.clients) client.write(frame);
  };

  closeAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }
}

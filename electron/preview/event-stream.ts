import type http from 'node:http';
import type { Emit } from '../core/events';

/** Server-sent events to every open page: the preview's equivalent of webContents.send. */
export class EventStream {
  private readonly clients = new Set<http.ServerResponse>();

  attach(res: http.ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
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

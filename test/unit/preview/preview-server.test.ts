import fs from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventStream, MAX_STREAMS } from '../../../electron/preview/event-stream';
import { createPreviewServer } from '../../../electron/preview/preview-server';
import { makeTestCore, rowCounts, tempDir, type TestCore } from '../../support/test-core';

const TOKEN = 'test-token-0123456789abcdef';

let t: TestCore;
let server: Server;
let base: string;
const events = new EventStream();
let activityReports = 0;

beforeAll(async () => {
  t = makeTestCore();
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  fs.writeFileSync(path.join(dir, 'client.js'), 'window.limberClient = true;');
  server = createPreviewServer({
    dispatch: t.dispatch,
    rendererDir: dir,
    clientScript: path.join(dir, 'client.js'),
    token: TOKEN,
    events,
    onActivity: () => activityReports++,
    limits: { call: 1024 * 1024, import: 2 * 1024 * 1024 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  events.closeAll();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  t.dispose();
});

const episode = { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 5, areas: ['mid-back-left'] };

function call(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-limber-token': TOKEN, ...headers },
    body: JSON.stringify(body),
  });
}

describe('preview host', () => {
  it('answers the contract over HTTP for a caller with the token', async () => {
    const response = await call('journal.addEpisode', episode);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { intensity: 5, areas: ['mid-back-left'] } });
  });

  it('serves the page only with the token, and injects the client and token before the app', async () => {
    expect((await fetch(`${base}/`)).status).toBe(403);
    const page = await fetch(`${base}/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`<meta name="limber-preview-token" content="${TOKEN}">`);
    expect(html).toContain('<script src="/__limber/client.js"></script>');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  describe('refuses, writing nothing', () => {
    it.each<[string, Record<string, string>, number]>([
      ['no token', { 'x-limber-token': '' }, 401],
      ['a wrong token', { 'x-limber-token': 'guess' }, 401],
      ['a foreign Origin', { origin: 'http://localhost:3000' }, 403],
      ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
      ['a form-encoded body', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ])('%s', async (_what, headers, status) => {
      const before = rowCounts(t.core);
      const response = await call('journal.addEpisode', episode, headers);
      expect(response.status).toBe(status);
      expect(rowCounts(t.core)).toEqual(before);
    });

    it('a request whose Host is not this server (DNS rebinding)', async () => {
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const port = (server.address() as AddressInfo).port;
        const req = http.request(
          { host: '127.0.0.1', port, path: `/?token=${TOKEN}`, headers: { host: `attacker.example:${port}` } },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(403);
    });

    it('a body over the limit (1 MiB in this test), answered 413 in words', async () => {
      const before = rowCounts(t.core);
      const response = await call('journal.addEpisode', { ...episode, notes: 'x'.repeat(1_100_000) });
      expect(response.status).toBe(413);
      expect(await response.text()).toBe('This request is larger than 1 MiB, the most journal.addEpisode accepts; nothing was saved.');
      expect(rowCounts(t.core)).toEqual(before);
    });

    it('a body over the limit sent without a length (chunked), answered 413 too', async () => {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, path: '/api/journal.addEpisode', method: 'POST', headers: { 'content-type': 'application/json', 'x-limber-token': TOKEN } },
          (res) => {
            let body = '';
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 40; i++) req.write('x'.repeat(64 * 1024));
        req.end();
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toMatch(/larger than 1 MiB/);
    });

    it('imports up to their own, larger limit', async () => {
      const file = { format: 'limber-journal', version: 1, exportedAt: Date.UTC(2026, 10, 25), episodes: [], activities: [], supplements: [], supplementDoses: [], food: [], checkIns: [] };
      const padded = JSON.stringify({ text: JSON.stringify(file).replace('"episodes"', `${' '.repeat(1_500_000)}"episodes"`) });
      const response = await fetch(`${base}/api/data.importJson`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-limber-token': TOKEN }, body: padded });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: true });
    });

    it('a malformed escape or an impossible channel name, with 404 and no trace', async () => {
      for (const channel of ['%zz', 'journal.%E0%A4%A', '..%2F..%2Fetc', 'journal.addEpisode%00']) {
        const response = await call(channel, {});
        expect(response.status, channel).toBe(404);
        expect(await response.text()).toBe('There is no such API channel.');
      }
    });
  });

  it('reports a body that is not JSON as invalid input', async () => {
    const response = await fetch(`${base}/api/journal.addEpisode`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-limber-token': TOKEN },
      body: '{"intensity": 5,',
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/not valid JSON/) } });
  });

  it('streams pushed events to a page with the token, and to no one else', async () => {
    expect((await fetch(`${base}/api/events`)).status).toBe(403);
    expect((await fetch(`${base}/api/events?token=${TOKEN}`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    const controller = new AbortController();
    const response = await fetch(`${base}/api/events?token=${TOKEN}`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    await reader.read(); // ": connected"
    events.emit('reminderWithdrawn', { id: 'posture-7' });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('event: reminderWithdrawn\ndata: {"id":"posture-7"}\n\n');
    controller.abort();
  });

  it('keeps at most 16 event streams open, refusing more in words', async () => {
    const controllers = Array.from({ length: MAX_STREAMS }, () => new AbortController());
    const open = await Promise.all(controllers.map((c) => fetch(`${base}/api/events?token=${TOKEN}`, { signal: c.signal })));
    expect(open.every((r) => r.status === 200)).toBe(true);
    const refused = await fetch(`${base}/api/events?token=${TOKEN}`);
    expect(refused.status).toBe(503);
    expect(await refused.text()).toBe('Too many open Limber pages (16): close some, then reload.');
    for (const c of controllers) c.abort();
    await vi.waitFor(async () => {
      const again = await fetch(`${base}/api/events?token=${TOKEN}`, { signal: AbortSignal.timeout(2000) });
      expect(again.status).toBe(200);
      await again.body?.cancel();
    });
  });

  it('takes activity reports only with the token', async () => {
    const before = activityReports;
    expect((await fetch(`${base}/__limber/activity`, { method: 'POST' })).status).toBe(403);
    expect((await fetch(`${base}/__limber/activity`, { method: 'POST', headers: { 'x-limber-token': TOKEN } })).status).toBe(204);
    expect(activityReports).toBe(before + 1);
  });

  it('does not serve the API over GET', async () => {
    expect((await fetch(`${base}/api/journal.listEpisodes`, { headers: { 'x-limber-token': TOKEN } })).status).toBe(405);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOST = path.join(ROOT, 'dist', 'preview', 'host.js');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

export interface RunningHost {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built preview host on `dataDir` and resolves with the URL it prints. */
export function startHost(dataDir: string, extraArgs: string[] = []): Promise<RunningHost> {
  if (!fs.existsSync(HOST)) throw new Error(`${HOST} is missing: run \`npm run build\` first (npm test does).`);
  const child = spawn(process.execPath, [HOST, '--data-dir', dataDir, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The page shows reminders; no desktop notifications from test runs.
    env: { ...process.env, LIMBER_DESKTOP_NOTIFICATIONS: '0' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`preview host printed no URL in 10 s:\n${output}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, stop: () => stop(child) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`preview host exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // No sandbox: CI runs as root. No background networking: this machine has no network to reach.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a page that records script errors, console errors and failed requests in `problems`. */
export async function openWatched(browser: Browser, url: string, problems: string[], colorScheme: 'light' | 'dark' = 'light', locale = 'en-US'): Promise<Page> {
  const page = await browser.newPage({ colorScheme, locale, viewport: { width: 1000, height: 760 } });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return page;
}

export interface E2eSession {
  browser(): Browser;
  host(): RunningHost;
  /** Page errors, console errors and failed requests seen by pages opened with openWatched. */
  problems: string[];
  dataDir: string;
}

export interface RestartableSession extends Omit<E2eSession, 'host'> {
  /** Starts a preview host on the data folder, stopping the one before (a restart). */
  start(): Promise<RunningHost>;
  /** Stops the host and deletes the data folder, as a person wiping their journal would. */
  wipe(): Promise<void>;
  /** Starts a host and opens the app past the first-run welcome. */
  firstRun(): Promise<Page>;
}

/**
 * Registers hooks that start Chromium before the file's tests and clean everything up after; the
 * tests start, restart and wipe the preview host on the session's data folder themselves.
 */
export function restartableSession(prefix: string, hostArgs: string[] = []): RestartableSession {
  let browser: Browser | undefined;
  let host: RunningHost | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const problems: string[] = [];
  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await host?.stop();
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const session: RestartableSession = {
    browser: () => browser!,
    problems,
    dataDir,
    async start() {
      await host?.stop();
      host = await startHost(dataDir, hostArgs);
      return host;
    },
    async wipe() {
      await host?.stop();
      host = undefined;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async firstRun() {
      const { url } = await session.start();
      const page = await openWatched(session.browser(), url, problems);
      await page.getByRole('button', { name: 'I understand' }).click();
      return page;
    },
  };
  return session;
}

/** A session whose preview host starts on a fresh data folder (after `prepare`) before the file's tests. */
export function e2eSession(prefix: string, hostArgs: string[] = [], prepare?: (dataDir: string) => void): E2eSession {
  const session = restartableSession(prefix, hostArgs);
  let host: RunningHost | undefined;
  beforeAll(async () => {
    prepare?.(session.dataDir);
    host = await session.start();
  });
  return { browser: session.browser, host: () => host!, problems: session.problems, dataDir: session.dataDir };
}

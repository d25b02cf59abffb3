import { afterEach, vi } from 'vitest';
import { loadMain, type Desktop, type LoadOptions } from './load-main';

/**
 * One desktop app per test: `start` loads and starts the built main process; after each test the
 * app quits, the process overrides are undone and real timers come back.
 */
export function desktopPerTest() {
  let current: Desktop | undefined;
  afterEach(() => {
    current?.quit();
    current?.unload();
    current = undefined;
    vi.useRealTimers();
  });
  return {
    /** Loads main.js without starting it (the OS has not said `ready`). */
    load(options: LoadOptions = {}): Desktop {
      current?.unload();
      current = loadMain(options);
      return current;
    },
    async start(options: LoadOptions = {}): Promise<Desktop> {
      const app = this.load(options);
      await app.start();
      return app;
    },
  };
}

/** Vitest's fake clock for everything main.js times, from a Wednesday morning. */
export function fakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'], now: new Date('2026-11-25T09:00:00Z') });
}

/** The value of an answer from `window.limber`, or the refusal as an error. */
export async function value<T>(envelope: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const answer = await envelope;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

import { performance } from 'node:perf_hooks';
import type { SchedulerClock } from './scheduler-ports';

/**
 * The real clocks: wall time, a monotonic clock for active time, and one Node timer at a time.
 * `speed` > 1 runs reminder time faster (the preview's --time-scale, for demos and tests).
 */
export function systemSchedulerClock(speed = 1): SchedulerClock {
  const start = { wall: Date.now(), mono: performance.now() };
  return {
    now: () => start.wall + (Date.now() - start.wall) * speed,
    monotonic: () => start.mono + (performance.now() - start.mono) * speed,
    setTimer: (delayMs, fire) => {
      const timer = setTimeout(fire, delayMs / speed);
      // Reminders alone never keep a process alive: quitting must not wait for the next one.
      timer.unref();
      return () => clearTimeout(timer);
    },
  };
}

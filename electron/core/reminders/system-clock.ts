import { performance } from 'node:perf_hooks';
import type { SchedulerClock } from './scheduler';

/** The real clocks: wall time, a monotonic clock for active time, and one Node timer at a time. */
export const systemSchedulerClock: SchedulerClock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
  setTimer: (delayMs, fire) => {
    const timer = setTimeout(fire, delayMs);
    // Reminders alone never keep a process alive: quitting must not wait for the next one.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

import { performance } from 'node:perf_hooks';
import type { IdleSource } from '../core/reminders/scheduler-ports';

/**
 * The preview's idle source: the page reports keyboard and pointer activity (at most every few
 * seconds), so idle time is the time since the last report. No page open reads as away.
 */
export class BrowserActivity implements IdleSource {
  private last = performance.now();

  touch(): void {
    this.last = performance.now();
  }

  idleSeconds(): number {
    return (performance.now() - this.last) / 1000;
  }
}

import type { Clock } from '../../electron/core/clock';

/** A clock that only moves when the test says so. */
export class FakeClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

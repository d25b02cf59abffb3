import type { Reminder } from './reminder-list';
import type { CountStart, Reason } from './reminder-status';
import { MINUTE } from './scheduler-ports';

export type DeskReminder = Reminder & { schedule: Extract<Reminder['schedule'], { type: 'desk-time' }> };

export interface Counter {
  /** Active desk time since the last reset. */
  activeMs: number;
  /** Idle past the break length: a natural break is going on, nothing counts until input resumes. */
  away: boolean;
  /** A snooze: when it ends (monotonic), and when (wall) and for how long the person chose it. */
  snooze: { until: number; at: number; minutes: number } | null;
  /** Why and when (wall) the count last restarted, for "since your break at 10:42". */
  reset: CountStart;
}

/** The desk time counted for each desk-time reminder that is on. The scheduler decides; this keeps count. */
export class DeskCounters {
  private readonly counters = new Map<string, Counter>();

  /**
   * One counter per reminder in `desk`, a kept one keeping its count. One turned off forgets its
   * count, so turning it on (or adding it) starts from `at`, not with a reminder already overdue.
   */
  sync(desk: readonly DeskReminder[], at: number, reason: 'start' | 'turned-on'): void {
    const ids = new Set(desk.map((r) => r.id));
    for (const id of this.counters.keys()) if (!ids.has(id)) this.counters.delete(id);
    for (const id of ids) if (!this.counters.has(id)) this.counters.set(id, { activeMs: 0, away: false, snooze: null, reset: { reason, at } });
  }

  /** The counter of a reminder that is on (every one `sync` was given). */
  of(r: Reminder): Counter {
    return this.counters.get(r.id)!;
  }

  /** The counter of a reminder by id, if it is a desk-time one that is on. */
  find(id: string): Counter | undefined {
    return this.counters.get(id);
  }

  ids(): IterableIterator<string> {
    return this.counters.keys();
  }

  /** Restarts a count (no-op for a reminder that has none), saying why and since when. */
  reset(id: string, reason: CountStart['reason'], at: number, by?: string): void {
    const counter = this.counters.get(id);
    if (!counter) return;
    counter.activeMs = 0;
    counter.snooze = null;
    counter.reset = by === undefined ? { reason, at } : { reason, at, by };
  }

  /** Desk time (monotonic ms) until a desk reminder is due; negative when overdue. */
  timeLeft(r: DeskReminder, mono: number): number {
    const counter = this.of(r);
    if (counter.snooze) return counter.snooze.until - mono;
    return r.schedule.everyMinutes * MINUTE - (counter.away ? 0 : counter.activeMs);
  }

  /** Why a desk reminder comes when it does: its snooze, or the desk time counted since its reset. */
  reason(r: DeskReminder): Reason {
    const { snooze, reset, activeMs } = this.of(r);
    if (snooze) return { type: 'snoozed', at: snooze.at, minutes: snooze.minutes };
    return { type: 'desk-time', minutes: r.schedule.everyMinutes, counted: Math.floor(activeMs / MINUTE), since: reset };
  }
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuietReason } from '../../../electron/core/reminders/quiet';
import { QuietDetectors, type Detector } from '../../../electron/desktop/quiet/detectors';

/** A detector the test drives: what a look finds, how many looks ran, and whether it is followed. */
function fake(reason: QuietReason, options: { follows?: boolean; available?: boolean } = {}) {
  const state = { on: false, looks: 0, following: false, emit: () => {} };
  const detector: Detector = {
    reason,
    available: options.available ?? true,
    how: `fake ${reason}`,
    look: async () => {
      state.looks++;
      return state.on;
    },
    ...(options.follows
      ? {
          follow: (onEvent: () => void) => {
            state.following = true;
            state.emit = onEvent;
            return () => {
              state.following = false;
            };
          },
        }
      : {}),
  };
  return { detector, state };
}

describe('the computer’s detectors as one quiet source', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 10, 25, 9) }));
  afterEach(() => vi.useRealTimers());

  it('runs nothing until watched, polls only while watched, and says when its first look is in', async () => {
    const dunst = fake('system-do-not-disturb');
    const source = new QuietDetectors([dunst.detector], Date.now, 15_000);
    const changes = vi.fn();
    source.onChange(changes);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(dunst.state.looks).toBe(0);

    source.watch(['system-do-not-disturb']);
    expect(source.fresh()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(source.fresh()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(source.current()).toEqual([]);

    dunst.state.on = true;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(source.current()).toEqual([{ reason: 'system-do-not-disturb', since: Date.UTC(2026, 10, 25, 9, 1, 15) }]);
    expect(changes).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(changes).toHaveBeenCalledTimes(2);
    expect(dunst.state.looks).toBe(4);

    source.watch([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(dunst.state.looks).toBe(4);
    expect(source.current()).toEqual([]);
  });

  it('follows a detector that reports events instead of polling it, and stops following when it rests', async () => {
    const microphone = fake('call', { follows: true });
    const source = new QuietDetectors([microphone.detector]);
    source.watch(['call']);
    expect(microphone.state.following).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(microphone.state.looks).toBe(1);
    microphone.state.on = true;
    microphone.state.emit();
    await vi.advanceTimersByTimeAsync(0);
    expect(source.current().map((q) => q.reason)).toEqual(['call']);
    source.watch([]);
    expect(microphone.state.following).toBe(false);
  });

  it('merges detectors of one reason, watches only the reasons asked for, and never one that cannot see', async () => {
    const camera = fake('call');
    const microphone = fake('call');
    const fullScreen = fake('full-screen', { available: false });
    const source = new QuietDetectors([microphone.detector, camera.detector, fullScreen.detector]);
    camera.state.on = true;
    microphone.state.on = true;
    source.watch(['call', 'full-screen']);
    await vi.advanceTimersByTimeAsync(0);
    expect(source.current()).toEqual([{ reason: 'call', since: Date.now() }]);
    expect(fullScreen.state.looks).toBe(0);
    expect(source.detectors()).toEqual([
      { reason: 'call', available: true, how: 'fake call' },
      { reason: 'call', available: true, how: 'fake call' },
      { reason: 'full-screen', available: false, how: 'fake full-screen' },
    ]);
  });

  it('takes a detector that fails as "cannot tell": not quiet, and fresh', async () => {
    const broken: Detector = { reason: 'call', available: true, how: 'broken', look: () => Promise.reject(new Error('pactl died')) };
    const source = new QuietDetectors([broken]);
    source.watch(['call']);
    await vi.advanceTimersByTimeAsync(0);
    expect(source.fresh()).toBe(true);
    expect(source.current()).toEqual([]);
  });
});

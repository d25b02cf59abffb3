import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewEpisode } from '../../../electron/core/journal/episode';
import { UNDO_WINDOW_MS } from '../../../electron/core/journal/journal-table';
import { FakeClock } from '../../support/fake-clock';
import { makeTestCore, NOV_25_2026, type TestCore } from '../../support/test-core';

const HOUR = 3_600_000;

function episode(overrides: Partial<NewEpisode> = {}): NewEpisode {
  return {
    startedAt: NOV_25_2026,
    timeZone: 'Europe/London',
    intensity: 5,
    areas: ['lower-back-left', 'lower-back-right'], durationMinutes: null, reliefHelped: null,
    triggers: [],
    relief: [],
    notes: '',
    ...overrides,
  };
}

describe('episode journal', () => {
  let clock: FakeClock;
  let t: TestCore;
  beforeEach(() => {
    clock = new FakeClock(NOV_25_2026);
    t = makeTestCore(clock);
  });
  afterEach(() => t.dispose());

  it('adds an episode and reads it back exactly', () => {
    const added = t.core.episodes.add(episode({ intensity: 7, triggers: ['lifting'], relief: ['heat', 'walk'], notes: 'ouch' }));
    expect(added).toEqual({
      id: added.id,
      startedAt: NOV_25_2026,
      timeZone: 'Europe/London',
      intensity: 7,
      areas: ['lower-back-left', 'lower-back-right'], durationMinutes: null, reliefHelped: null,
      triggers: ['lifting'],
      relief: ['heat', 'walk'],
      notes: 'ouch',
      createdAt: NOV_25_2026,
      updatedAt: NOV_25_2026,
    });
    expect(t.core.episodes.get(added.id)).toEqual(added);
  });

  it('lists newest first and pages without gaps or repeats, even with equal start times', () => {
    const offsetsInHours = [2, 0, 2, 1, 0, 3, 1];
    const ids = offsetsInHours.map((h) => t.core.episodes.add(episode({ startedAt: NOV_25_2026 + h * HOUR })).id);
    const seen: number[] = [];
    let page = t.core.episodes.list({ limit: 3 });
    seen.push(...page.items.map((e) => e.id));
    while (page.next) {
      page = t.core.episodes.list({ limit: 3, after: page.next });
      seen.push(...page.items.map((e) => e.id));
    }
    // Latest start first; at the same start, the one logged later comes first.
    expect(seen).toEqual([5, 2, 0, 6, 3, 4, 1].map((i) => ids[i]));
  });

  it('filters by a [from, to) range of start times', () => {
    for (const h of [0, 1, 2, 3]) t.core.episodes.add(episode({ startedAt: NOV_25_2026 + h * HOUR, intensity: h }));
    const { items, next } = t.core.episodes.list({ limit: 50, from: NOV_25_2026 + HOUR, to: NOV_25_2026 + 3 * HOUR });
    expect(items.map((e) => e.intensity)).toEqual([2, 1]);
    expect(next).toBeNull();
  });

  it('updates only the fields a patch names and stamps the change time', () => {
    const added = t.core.episodes.add(episode({ intensity: 8, triggers: ['posture'], notes: 'keep me' }));
    clock.advance(60_000);
    const updated = t.core.episodes.update({ id: added.id, patch: { intensity: 4 } });
    expect(updated).toEqual({ ...added, intensity: 4, updatedAt: NOV_25_2026 + 60_000 });
  });

  it('hides a deleted episode everywhere and brings it back on undo', () => {
    const keep = t.core.episodes.add(episode({ intensity: 1 }));
    const gone = t.core.episodes.add(episode({ intensity: 9 }));
    t.core.episodes.remove(gone.id);
    expect(t.core.episodes.list({ limit: 50 }).items.map((e) => e.id)).toEqual([keep.id]);
    expect(() => t.core.episodes.get(gone.id)).toThrowError(expect.objectContaining({ code: 'not-found' }));
    expect(() => t.core.episodes.update({ id: gone.id, patch: { intensity: 2 } })).toThrowError(expect.objectContaining({ code: 'not-found' }));

    expect(t.core.episodes.restore(gone.id)).toEqual(gone);
    expect(t.core.episodes.list({ limit: 50 }).items.map((e) => e.id)).toEqual([gone.id, keep.id]);
  });

  it('says clearly when there is nothing to delete or undo', () => {
    const e = t.core.episodes.add(episode());
    expect(() => t.core.episodes.remove(999)).toThrowError(/Episode 999 does not exist/);
    expect(() => t.core.episodes.restore(e.id)).toThrowError(/nothing to undo/);
    t.core.episodes.remove(e.id);
    expect(() => t.core.episodes.remove(e.id)).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });

  it('purges deleted episodes only after the undo window', () => {
    const e = t.core.episodes.add(episode());
    t.core.episodes.remove(e.id);
    clock.advance(UNDO_WINDOW_MS - 1);
    expect(t.core.episodes.purgeDeleted()).toBe(0);
    expect(t.core.episodes.restore(e.id).id).toBe(e.id);
    t.core.episodes.remove(e.id);
    clock.advance(UNDO_WINDOW_MS + 1);
    expect(t.core.episodes.purgeDeleted()).toBe(1);
    expect(() => t.core.episodes.restore(e.id)).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });
});

import { newEpisodeSchema } from '../../../electron/core/journal/episode';
import { describe, expect, it } from 'vitest';
import type { NewEpisode } from '../../../electron/core/journal/episode';
import { UNDO_WINDOW_MS } from '../../../electron/core/journal/bin';
import { coreForEachTest, NOV_25_2026 } from '../../support/test-core';

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
  const ctx = coreForEachTest();

  it('adds an episode and reads it back exactly', () => {
    const added = ctx.t.core.episodes.add(episode({ intensity: 7, qualities: ['stabbing', 'cramping'], triggers: ['lifting'], relief: ['heat', 'walk'], notes: 'ouch' }));
    expect(added).toEqual({
      id: added.id,
      startedAt: NOV_25_2026,
      timeZone: 'Europe/London',
      intensity: 7,
      areas: ['lower-back-left', 'lower-back-right'], qualities: ['stabbing', 'cramping'], durationMinutes: null, reliefHelped: null,
      triggers: ['lifting'],
      relief: ['heat', 'walk'],
      notes: 'ouch',
      createdAt: NOV_25_2026,
      updatedAt: NOV_25_2026,
    });
    expect(ctx.t.core.episodes.get(added.id)).toEqual(added);
  });

  it('takes only the pain words it knows, each once', () => {
    const refused = (qualities: unknown) => newEpisodeSchema.safeParse({ ...episode({}), qualities }).error?.issues.map((i) => i.message);
    expect(refused(['burning', 'throbbing'])).toEqual([expect.stringMatching(/^must be one of aching, stabbing, burning, cramping, tingling, numb, stiff/)]);
    expect(refused(['numb', 'numb'])).toEqual(['must not repeat a word']);
    expect(refused(['numb', 'tingling'])).toBeUndefined();
  });

  it('lists newest first and pages without gaps or repeats, even with equal start times', () => {
    const offsetsInHours = [2, 0, 2, 1, 0, 3, 1];
    const ids = offsetsInHours.map((h) => ctx.t.core.episodes.add(episode({ startedAt: NOV_25_2026 + h * HOUR })).id);
    const seen: number[] = [];
    let page = ctx.t.core.episodes.list({ limit: 3 });
    seen.push(...page.items.map((e) => e.id));
    while (page.next) {
      page = ctx.t.core.episodes.list({ limit: 3, after: page.next });
      seen.push(...page.items.map((e) => e.id));
    }
    // Latest start first; at the same start, the one logged later comes first.
    expect(seen).toEqual([5, 2, 0, 6, 3, 4, 1].map((i) => ids[i]));
  });

  it('filters by a [from, to) range of start times', () => {
    for (const h of [0, 1, 2, 3]) ctx.t.core.episodes.add(episode({ startedAt: NOV_25_2026 + h * HOUR, intensity: h }));
    const { items, next } = ctx.t.core.episodes.list({ limit: 50, from: NOV_25_2026 + HOUR, to: NOV_25_2026 + 3 * HOUR });
    expect(items.map((e) => e.intensity)).toEqual([2, 1]);
    expect(next).toBeNull();
  });

  it('updates only the fields a patch names and stamps the change time', () => {
    const added = ctx.t.core.episodes.add(episode({ intensity: 8, triggers: ['posture'], notes: 'keep me' }));
    ctx.clock.advance(60_000);
    const updated = ctx.t.core.episodes.update({ id: added.id, patch: { intensity: 4 } });
    expect(updated).toEqual({ ...added, intensity: 4, updatedAt: NOV_25_2026 + 60_000 });
  });

  it('hides a deleted episode everywhere and brings it back on undo', () => {
    const keep = ctx.t.core.episodes.add(episode({ intensity: 1 }));
    const gone = ctx.t.core.episodes.add(episode({ intensity: 9 }));
    ctx.t.core.episodes.remove(gone.id);
    expect(ctx.t.core.episodes.list({ limit: 50 }).items.map((e) => e.id)).toEqual([keep.id]);
    expect(() => ctx.t.core.episodes.get(gone.id)).toThrowError(expect.objectContaining({ code: 'not-found' }));
    expect(() => ctx.t.core.episodes.update({ id: gone.id, patch: { intensity: 2 } })).toThrowError(expect.objectContaining({ code: 'not-found' }));

    expect(ctx.t.core.episodes.restore(gone.id)).toEqual(gone);
    expect(ctx.t.core.episodes.list({ limit: 50 }).items.map((e) => e.id)).toEqual([gone.id, keep.id]);
  });

  it('says clearly when there is nothing to delete or undo', () => {
    const e = ctx.t.core.episodes.add(episode());
    expect(() => ctx.t.core.episodes.remove(999)).toThrowError(/Episode 999 does not exist/);
    expect(() => ctx.t.core.episodes.restore(e.id)).toThrowError(/nothing to undo/);
    ctx.t.core.episodes.remove(e.id);
    expect(() => ctx.t.core.episodes.remove(e.id)).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });

  it('purges deleted episodes only after the undo window', () => {
    const e = ctx.t.core.episodes.add(episode());
    ctx.t.core.episodes.remove(e.id);
    ctx.clock.advance(UNDO_WINDOW_MS - 1);
    expect(ctx.t.core.episodes.purgeDeleted()).toBe(0);
    expect(ctx.t.core.episodes.restore(e.id).id).toBe(e.id);
    ctx.t.core.episodes.remove(e.id);
    ctx.clock.advance(UNDO_WINDOW_MS + 1);
    expect(ctx.t.core.episodes.purgeDeleted()).toBe(1);
    expect(() => ctx.t.core.episodes.restore(e.id)).toThrowError(expect.objectContaining({ code: 'not-found' }));
  });
});

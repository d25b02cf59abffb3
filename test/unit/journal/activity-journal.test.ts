import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, NOV_25_2026, type TestCore } from '../../support/test-core';

describe('activity journal', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  it('logs activities, lists them newest first, deletes and restores', () => {
    const walk = t.core.activities.add({ startedAt: NOV_25_2026, timeZone: 'Europe/London', kind: 'walk', minutes: 25, note: '' });
    const breathe = t.core.activities.add({ startedAt: NOV_25_2026 + 60_000, timeZone: 'Europe/London', kind: 'breathing', minutes: 2, note: 'Tai-chi breathing' });
    expect(t.core.activities.list({ limit: 10 }).items.map((a) => a.kind)).toEqual(['breathing', 'walk']);

    t.core.activities.remove(walk.id);
    expect(t.core.activities.list({ limit: 10 }).items).toEqual([breathe]);
    expect(t.core.activities.restore(walk.id)).toEqual(walk);
  });

  it('keeps episodes and activities apart', () => {
    t.core.activities.add({ startedAt: NOV_25_2026, timeZone: 'UTC', kind: 'swim', minutes: 30, note: '' });
    expect(t.core.episodes.list({ limit: 10 }).items).toEqual([]);
    expect(() => t.core.episodes.remove(1)).toThrowError(/Episode 1 does not exist/);
  });
});

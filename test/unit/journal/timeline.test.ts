import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { timelinePage } from '../../../electron/core/journal/timeline-query';
import type { TimelineEntry, TimelineQuery } from '../../../electron/core/journal/timeline';
import { makeTestCore, NOV_25_2026, type TestCore } from '../../support/test-core';

const HOUR = 3_600_000;
const label = (e: TimelineEntry) => `${e.kind}:${'notes' in e.entry ? e.entry.notes : 'note' in e.entry ? e.entry.note : ''}`;

describe('the journal timeline', () => {
  let t: TestCore;
  const page = (q: Partial<TimelineQuery> = {}) => timelinePage(t.core, { limit: 50, ...q });

  beforeEach(() => {
    t = makeTestCore();
    const c = t.core;
    const at = (h: number) => NOV_25_2026 + h * HOUR;
    c.episodes.add({ startedAt: at(0), timeZone: 'UTC', intensity: 6, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: ['desk'], relief: ['heat'], notes: 'e0' });
    c.activities.add({ startedAt: at(1), timeZone: 'UTC', kind: 'walk', minutes: 20, note: 'a1' });
    const m = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '' });
    c.supplements.take({ supplementId: m.id, startedAt: at(2), timeZone: 'UTC', note: 's2' });
    c.food.add({ startedAt: at(3), timeZone: 'UTC', tags: ['berries'], note: 'f3' });
    c.episodes.add({ startedAt: at(3), timeZone: 'UTC', intensity: 2, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'e3' });
    c.episodes.remove(c.episodes.add({ startedAt: at(4), timeZone: 'UTC', intensity: 9, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: 'deleted' }).id);
    c.checkIns.save({ day: '2026-11-24', timeZone: 'UTC', pain: 3, stiffness: 3, sleep: 7, note: 'c' });
  });
  afterEach(() => t.dispose());

  it('puts every kind together, newest first, without deleted entries', () => {
    expect(page().items.map(label)).toEqual(['food:f3', 'episode:e3', 'supplement:s2', 'activity:a1', 'episode:e0', 'check-in:c']);
  });

  it('pages across kinds without gaps or repeats, even at the same instant', () => {
    const seen: string[] = [];
    let p = page({ limit: 2 });
    seen.push(...p.items.map(label));
    while (p.next) {
      p = page({ limit: 2, after: p.next });
      seen.push(...p.items.map(label));
    }
    expect(seen).toEqual(page().items.map(label));
  });

  it('filters by kind, by date range and by text', () => {
    expect(page({ kinds: ['episode'] }).items.map(label)).toEqual(['episode:e3', 'episode:e0']);
    expect(page({ from: NOV_25_2026 + HOUR, to: NOV_25_2026 + 3 * HOUR }).items.map(label)).toEqual(['supplement:s2', 'activity:a1']);
    expect(page({ text: 'heat' }).items.map(label)).toEqual(['episode:e0']);
    expect(page({ text: 'magnes' }).items.map(label)).toEqual(['supplement:s2']);
    expect(page({ text: 'berr' }).items.map(label)).toEqual(['food:f3']);
    expect(page({ text: '100%' }).items).toEqual([]);
  });
});

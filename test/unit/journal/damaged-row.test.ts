import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../support/test-core';

describe('one entry damaged on disk', () => {
  const ctx = coreForEachTest();
  const episode = { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 5, areas: ['neck-left'], triggers: ['posture'] };

  /** A byte flipped on disk: the table's JSON check only guards writes through SQLite. */
  function damage(table: string, column: string, id: number): void {
    const { db } = ctx.t.core;
    db.pragma('ignore_check_constraints = ON');
    db.prepare(`UPDATE ${table} SET ${column} = '["neck-le' WHERE id = ?`).run(id);
    db.pragma('ignore_check_constraints = OFF');
  }

  it('does not hide the others: list, timeline and export read everything readable and name what is not', async () => {
    const { dispatch } = ctx.t;
    const good = await dispatch('journal.addEpisode', { ...episode, notes: 'fine' });
    const bad = await dispatch('journal.addEpisode', { ...episode, notes: 'damaged areas' });
    const food = await dispatch('journal.addFood', { startedAt: Date.UTC(2026, 10, 25, 12), timeZone: 'UTC', tags: ['nuts'] });
    if (!good.ok || !bad.ok || !food.ok) throw new Error('setup failed');
    damage('episodes', 'areas', (bad.value as { id: number }).id);
    damage('food_entries', 'tags', (food.value as { id: number }).id);

    const list = await dispatch('journal.listEpisodes', { limit: 10 });
    expect(list.ok).toBe(true);
    const items = (list as { value: { items: { notes: string; areas: string[]; triggers: string[]; unreadable?: string[] }[] } }).value.items;
    expect(items.find((e) => e.notes === 'fine')).not.toHaveProperty('unreadable');
    expect(items.find((e) => e.notes === 'damaged areas')).toMatchObject({ areas: [], triggers: ['posture'], unreadable: ['areas'] });

    const timeline = await dispatch('journal.timeline', { limit: 10 });
    expect(timeline.ok).toBe(true);
    const exported = await dispatch('data.exportJson', {});
    expect(exported.ok).toBe(true);
    const file = (exported as { value: { episodes: object[]; food: object[] } }).value;
    expect(file.episodes).toHaveLength(2);
    expect(file.food).toEqual([expect.objectContaining({ tags: [] })]);
    expect(JSON.stringify(file)).not.toContain('unreadable');
    const csv = await dispatch('data.exportCsv', { kind: 'episodes' });
    expect(csv.ok).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../../../electron/core/describe-issues';
import { makeTestCore, rowCounts, type TestCore } from '../../support/test-core';

// A reply to bad input must stay small whatever the input: one issue per bad element, written
// out in full, once turned a 600 KB request into a 117 MB reply.
describe('replies to hostile input', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  const episode = { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'] };
  const file = { format: 'limber-journal', version: 1, exportedAt: Date.UTC(2026, 10, 25), episodes: [], activities: [], supplements: [], supplementDoses: [], food: [], checkIns: [] };
  const cases: [string, string, unknown][] = [
    ['100,000 bad list elements', 'journal.addEpisode', { ...episode, areas: Array.from({ length: 100_000 }, () => 'x'.repeat(50)) }],
    ['100,000 unknown fields', 'journal.addEpisode', { ...episode, ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`field${i}`, 1])) }],
    ['an unknown field whose name is 1 MB long', 'journal.addEpisode', { ...episode, ['k'.repeat(1_000_000)]: 1 }],
    ['an import of 100,000 bad episodes', 'data.importJson', { text: JSON.stringify({ ...file, episodes: Array.from({ length: 100_000 }, () => ({ intensity: 'bad' })) }) }],
  ];

  for (const [what, channel, payload] of cases) {
    it(`${what}: refused in a reply under 10 KB that counts the rest, nothing written`, async () => {
      const before = rowCounts(t.core);
      const reply = await t.dispatch(channel, payload);
      expect(reply.ok).toBe(false);
      if (reply.ok) return;
      expect(reply.error.code).toBe('invalid-input');
      expect(JSON.stringify(reply).length).toBeLessThan(10_000);
      expect(reply.error.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
      expect(rowCounts(t.core)).toEqual(before);
    });
  }

  it('says how many more problems there were', async () => {
    const reply = await t.dispatch('journal.addEpisode', { ...episode, areas: Array.from({ length: 1000 }, () => 'knee') });
    expect(!reply.ok && reply.error.issues.at(-1)).toEqual({ field: '', message: `and ${1000 - MAX_ISSUES} more problems` });
  });
});

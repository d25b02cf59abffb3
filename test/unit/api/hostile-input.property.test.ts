import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findChannel } from '../../../electron/api/contract';
import { makeTestCore, rowCounts } from '../../support/test-core';

// Any channel, any shape of hostile input, up to 100,000 elements or a string near the 1 MiB a
// call may carry: the reply stays small, nothing is written, and the heap does not keep it.

const CHANNELS = [
  'journal.addEpisode',
  'journal.updateEpisode',
  'journal.addActivity',
  'journal.takeSupplement',
  'journal.addFood',
  'journal.saveCheckIn',
  'journal.timeline',
  'advice.search',
  'reminders.saveReminder',
  'reminders.updateRules',
  'insights.overview',
  'data.importJson',
];
const NEAR_CALL_LIMIT = 1024 * 1024 - 4096;

type Shape = 'long list' | 'unknown keys' | 'long string' | 'deep nesting';

/** The channel's example with one field (or the whole input) made hostile. */
function hostile(example: unknown, shape: Shape, size: number, pick: number): unknown {
  const base = typeof example === 'object' && example !== null ? { ...(example as Record<string, unknown>) } : {};
  const keys = Object.keys(base);
  const key = keys.length > 0 ? keys[pick % keys.length]! : 'x';
  switch (shape) {
    case 'long list':
      return { ...base, [key]: Array.from({ length: size }, (_, i) => (i % 2 ? { bad: i } : 'x'.repeat(i % 50))) };
    case 'unknown keys':
      return { ...base, ...Object.fromEntries(Array.from({ length: size }, (_, i) => [`unknown${i}`, i])) };
    case 'long string':
      return { ...base, [key]: 'é'.repeat(Math.min(size * 10, NEAR_CALL_LIMIT / 2)) };
    case 'deep nesting': {
      let nested: unknown = 'bottom';
      for (let i = 0; i < Math.min(size, 2000); i++) nested = [nested];
      return { ...base, [key]: nested };
    }
  }
}

const t = makeTestCore();
afterAll(() => t.dispose());
const figures = { calls: 0, largestReply: 0, heapBeforeMb: 0, heapAfterMb: 0 };
afterAll(() => console.log(`hostile input: ${figures.calls} calls, largest reply ${figures.largestReply} bytes, heap after gc ${figures.heapBeforeMb.toFixed(1)} MB before, ${figures.heapAfterMb.toFixed(1)} MB after`));

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

describe('hostile input, generated', () => {
  it('any channel, any shape, up to 100,000 elements: a small reply, nothing written, no memory kept', async () => {
    expect(globalThis.gc, 'the unit project runs with --expose-gc').toBeTypeOf('function');
    const before = rowCounts(t.core);
    figures.heapBeforeMb = heapMb();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNELS),
        fc.constantFrom<Shape>('long list', 'unknown keys', 'long string', 'deep nesting'),
        fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 50_000, max: 100_000 })),
        fc.nat(),
        async (channel, shape, size, pick) => {
          const reply = await t.dispatch(channel, hostile(findChannel(channel)!.channel.example, shape, size, pick));
          const bytes = JSON.stringify(reply).length;
          figures.calls++;
          figures.largestReply = Math.max(figures.largestReply, reply.ok ? 0 : bytes);
          if (!reply.ok) {
            expect(reply.error.code).toBe('invalid-input');
            expect(bytes).toBeLessThan(10_000);
          }
        },
      ),
      { numRuns: 60, seed: 20261125 },
    );
    // Reads may succeed (a search for a long text finds nothing); nothing may have been written.
    expect(rowCounts(t.core)).toEqual(before);
    figures.heapAfterMb = heapMb();
    expect(figures.heapAfterMb - figures.heapBeforeMb).toBeLessThan(32);
  }, 120_000);
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../../electron/api/contract';
import type { Envelope } from '../../../electron/api/bridge';
import { makeTestCore, rowCounts, type TestCore } from '../../support/test-core';

// Every channel of the contract, found at run time: a new channel is covered without editing this file.

let t: TestCore;
beforeAll(() => {
  t = makeTestCore();
  // Some rows to be (not) changed, so "nothing written" also means "nothing updated or deleted".
  for (let i = 0; i < 3; i++) {
    t.core.episodes.add({ startedAt: Date.UTC(2026, 0, 1 + i), timeZone: 'UTC', intensity: i, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: '' });
  }
});
afterAll(() => t.dispose());

function snapshot() {
  return { counts: rowCounts(t.core), rows: t.core.db.prepare('SELECT * FROM episodes ORDER BY id').all() };
}

function expectClearRefusal(result: Envelope<unknown>, channel: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.message).toContain(`Invalid input for ${channel}`);
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) expect(issue.message.trim()).not.toBe('');
}

describe.each(channels.map((c) => [c.name, c] as const))('channel %s', (name, { channel }) => {
  it('has a valid example input', () => {
    expect(channel.input.safeParse(channel.example).success).toBe(true);
  });

  it('refuses any malformed payload with a clear error and writes nothing', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.anything().filter((payload) => !channel.input.safeParse(payload).success),
        async (payload) => {
          expectClearRefusal(await t.dispatch(name, payload), name);
        },
      ),
      { numRuns: 150 },
    );
    expect(snapshot()).toEqual(before);
  });

  it('names an unknown extra field', async () => {
    const result = await t.dispatch(name, { ...(channel.example as object), sneaky: 1 });
    expectClearRefusal(result, name);
    if (!result.ok) expect(result.error.issues).toContainEqual({ field: 'sneaky', message: 'is not a known field' });
  });
});

// Channels that take fields (not `{}`): break one field at a time.
const withFields = channels.filter((c) => Object.keys(c.channel.example as object).length > 0);

describe.each(withFields.map((c) => [c.name, c] as const))('channel %s', (name, { channel }) => {
  it('names the bad field when one field of a valid payload is broken', async () => {
    const example = channel.example as Record<string, unknown>;
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(example)),
        fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.double(), fc.constant(null)),
        async (field, value) => {
          const payload = { ...example, [field]: value };
          fc.pre(!channel.input.safeParse(payload).success);
          const result = await t.dispatch(name, payload);
          expectClearRefusal(result, name);
          if (!result.ok) expect(result.error.issues.map((i) => i.field.split('.')[0])).toContain(field);
        },
      ),
      { numRuns: 150 },
    );
    expect(snapshot()).toEqual(before);
  });

});

it('the contract has channels to test, most of them with fields', () => {
  expect(channels.length).toBeGreaterThan(0);
  expect(withFields.length).toBeGreaterThan(channels.length / 2);
});

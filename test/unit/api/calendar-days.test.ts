import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore, rowCounts, type TestCore } from '../../support/test-core';

describe('calendar days', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  const checkIn = { timeZone: 'Europe/London', pain: 3, stiffness: 4, sleep: 7 };

  for (const day of ['2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '1999-12-31']) {
    it(`${day} is refused for a check-in in words, and nothing is stored`, async () => {
      const before = rowCounts(t.core);
      const reply = await t.dispatch('journal.saveCheckIn', { ...checkIn, day });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'day', message: 'must be a real date between 2000-01-01 and 2099-12-31' }] } });
      expect(rowCounts(t.core)).toEqual(before);
    });
  }

  it('insights for an impossible "today" are refused, not an internal error', async () => {
    const reply = await t.dispatch('insights.overview', { range: '3-months', today: '2026-02-31' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('a leap day is a real date', async () => {
    expect((await t.dispatch('journal.saveCheckIn', { ...checkIn, day: '2028-02-29' })).ok).toBe(true);
  });
});

describe('one rule for what is written and what is imported', () => {
  it('an export made while the clock said 2101 imports back', async () => {
    const { FakeClock } = await import('../../support/fake-clock');
    const wrong = makeTestCore(new FakeClock(Date.UTC(2101, 0, 1)));
    const right = makeTestCore();
    try {
      await wrong.dispatch('journal.addEpisode', { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'] });
      await wrong.dispatch('journal.addSupplement', { name: 'Magnesium' });
      const exported = await wrong.dispatch('data.exportJson', {});
      if (!exported.ok) throw new Error('export failed');
      const imported = await right.dispatch('data.importJson', { text: JSON.stringify(exported.value) });
      expect(imported).toMatchObject({ ok: true, value: { episodes: { added: 1 }, supplements: { added: 1 } } });
    } finally {
      wrong.dispose();
      right.dispose();
    }
  });
});

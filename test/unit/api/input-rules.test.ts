import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCsv } from '../../../electron/core/transfer/journal-transfer';
import { makeTestCore, rowCounts, type TestCore } from '../../support/test-core';

describe('what the journal accepts', () => {
  let t: TestCore;
  beforeEach(() => (t = makeTestCore()));
  afterEach(() => t.dispose());

  const episode = { startedAt: Date.UTC(2026, 10, 25, 8), timeZone: 'UTC', intensity: 4, areas: ['neck-left'] };

  it('stores time zones under their canonical name', async () => {
    const reply = await t.dispatch('journal.addEpisode', { ...episode, timeZone: 'europe/london' });
    expect(reply).toMatchObject({ ok: true, value: { timeZone: 'Europe/London' } });
  });

  it('refuses a "zone" of 20 MiB in words, without keeping it', async () => {
    const reply = await t.dispatch('journal.addEpisode', { ...episode, timeZone: 'Z'.repeat(20 * 1024 * 1024) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'timeZone', message: 'must be an IANA time zone such as Europe/London' }] } });
  });

  it('takes each entry kind once in a timeline filter, in any order, and refuses repeats and floods', async () => {
    await t.dispatch('journal.addEpisode', episode);
    const a = await t.dispatch('journal.timeline', { kinds: ['activity', 'episode'] });
    const b = await t.dispatch('journal.timeline', { kinds: ['episode', 'activity'] });
    expect(a).toEqual(b);
    for (const kinds of [['episode', 'episode'], Array.from({ length: 600 }, () => 'episode')]) {
      const reply = await t.dispatch('journal.timeline', { kinds });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [expect.objectContaining({ field: 'kinds', message: 'must list each kind at most once' })] } });
    }
  });

  it('refuses control characters in a supplement name in words, not as an internal error', async () => {
    const before = rowCounts(t.core);
    const reply = await t.dispatch('journal.addSupplement', { name: '\u0000' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'name', message: 'must not contain control characters' }] } });
    expect(rowCounts(t.core)).toEqual(before);
  });
});

describe('CSV export', () => {
  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const csv = toCsv([{ note: '=HYPERLINK("http://x","y")', a: '+1', b: '-2', c: '@SUM(A1)', d: '\tx', n: -3, plain: 'fine' }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://x"",""y"")",'+1,'-2,'@SUM(A1),'\tx,-3,fine`);
  });
});

import { describe, expect, it } from 'vitest';
import { insights } from '../../../electron/core/insights/insights';
import type { LimberCore } from '../../../electron/core/limber-core';
import { FakeClock } from '../../support/fake-clock';
import { makeTestCore } from '../../support/test-core';

// Journals where the truth is known. Pain is logged each morning; magnesium is taken at 22:00, as
// the article advises, after the day's pain. A comparison must look at the pain the dose could
// have touched (the next day's), or it finds effects that are not there and misses ones that are.

const DAYS = 150;
const START = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;

/** A small deterministic generator, so the journal (and the verdict) is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function seed(core: LimberCore, truth: 'helps-next-day' | 'taken-after-bad-days' | 'walk-after-pain-helps') {
  const next = random(7);
  const magnesium = core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
  let tookLastNight = false;
  let walkedLastEvening = false;
  for (let d = 0; d < DAYS; d++) {
    const day = START + d * 24 * HOUR;
    // Baseline pain 3–7, a little noise.
    let pain = 3 + Math.floor(next() * 5);
    if (truth === 'helps-next-day' && tookLastNight) pain = Math.max(0, pain - 2);
    if (truth === 'walk-after-pain-helps' && walkedLastEvening) pain = Math.max(0, pain - 2);
    core.episodes.add({ startedAt: day + 9 * HOUR, timeZone: 'UTC', intensity: pain, areas: ['lower-back-left'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: '' });
    const take = truth === 'taken-after-bad-days' ? pain >= 6 : next() < 0.5;
    if (take) core.supplements.take({ supplementId: magnesium.id, startedAt: day + 22 * HOUR, timeZone: 'UTC', note: '' });
    tookLastNight = take;
    walkedLastEvening = truth === 'walk-after-pain-helps' && next() < 0.5;
    if (walkedLastEvening) core.activities.add({ startedAt: day + 18 * HOUR, timeZone: 'UTC', kind: 'walk', minutes: 30, note: '' });
  }
}

const verdictOf = (core: LimberCore, id: string) =>
  insights(core.db, { range: 'all', today: '2026-12-31' }).habits.find((h) => h.id === id || h.label === `${id} taken`)?.verdict;

/** Pain rated only by the evening check-in (at 21:00): a midday walk comes before it, a 22:00 dose after. */
function seedCheckIns(t: ReturnType<typeof makeTestCore>, clock: FakeClock) {
  const next = random(11);
  const magnesium = t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
  let tookLastNight = false;
  for (let d = 0; d < DAYS; d++) {
    const day = START + d * 24 * HOUR;
    const walked = next() < 0.5;
    if (walked) t.core.activities.add({ startedAt: day + 12.5 * HOUR, timeZone: 'UTC', kind: 'walk', minutes: 30, note: '' });
    let pain = 3 + Math.floor(next() * 5);
    if (walked) pain -= 2;
    if (tookLastNight) pain -= 1;
    clock.advance(day + 21 * HOUR - clock.now());
    t.core.checkIns.save({ day: new Date(day).toISOString().slice(0, 10), timeZone: 'UTC', pain: Math.max(0, pain), stiffness: 3, sleep: 6, note: '' });
    tookLastNight = next() < 0.5;
    if (tookLastNight) t.core.supplements.take({ supplementId: magnesium.id, startedAt: day + 22 * HOUR, timeZone: 'UTC', note: '' });
  }
}

describe('what seems to help compares each habit with the pain that came after it', () => {
  it('a check-in rates the day when it is given: a midday walk counts for that day, a bedtime dose for the next', () => {
    const clock = new FakeClock(START);
    const t = makeTestCore(clock);
    seedCheckIns(t, clock);
    expect(verdictOf(t.core, 'walk-or-swim')).toBe('lower');
    expect(verdictOf(t.core, 'Magnesium')).toBe('lower');
    t.dispose();
  });

  it.each([
    ['magnesium at night that lowers the next day’s pain is found', 'helps-next-day', 'Magnesium', 'lower'],
    ['magnesium taken after bad days, with no effect, is not called a difference', 'taken-after-bad-days', 'Magnesium', 'no-clear-difference'],
    ['an evening walk, after the day’s pain, that lowers the next day’s pain is found', 'walk-after-pain-helps', 'walk-or-swim', 'lower'],
  ] as const)('%s', (_, truth, habit, verdict) => {
    const t = makeTestCore();
    seed(t.core, truth);
    expect(verdictOf(t.core, habit)).toBe(verdict);
    t.dispose();
  });
});

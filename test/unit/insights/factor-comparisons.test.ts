import { describe, expect, it } from 'vitest';
import { insights } from '../../../electron/core/insights/insights';
import { coreForEachTest } from '../../support/test-core';
import { mattressAndStress } from '../../support/check-in-factors';

const ZONE = 'Europe/London';
// Four weeks to the 28th start on the 1st: every day the tests check in on.
const TODAY = '2026-11-28';
const dayOf = (i: number) => `2026-11-${String(i + 1).padStart(2, '0')}`;

describe('insights: the person’s check-in factors, compared as the habits are', () => {
  const ctx = coreForEachTest();
  const define = () => mattressAndStress(ctx.t.core);
  const checkIn = (i: number, pain: number, factors: Record<string, number>) =>
    ctx.t.core.checkIns.save({ day: dayOf(i), timeZone: ZONE, pain, stiffness: 3, sleep: 6, note: '', factors });
  const compared = () => insights(ctx.t.core.db, { range: '4-weeks', today: TODAY }).factors;

  it('finds lower pain on days answered yes, and none for a rating that goes with nothing', () => {
    const { mattress, stress } = define();
    // Mattress nights: pain 2–3; other nights: 6–7. Stress alternates high and low on both.
    for (let i = 0; i < 20; i++) {
      const onMattress = i % 2 === 0;
      checkIn(i, (onMattress ? 2 : 6) + (i % 4 < 2 ? 1 : 0), { [mattress]: onMattress ? 1 : 0, [stress]: i % 4 < 2 ? 8 : 3 });
    }
    const [byMattress, byStress] = compared();
    expect(byMattress).toMatchObject({
      label: 'Slept on the new mattress',
      about: 'you answered yes to “Slept on the new mattress”',
      sides: { with: 'yes', without: 'no' },
      withDays: 10,
      withoutDays: 10,
      verdict: 'lower',
    });
    expect(byMattress!.withMean).toBeCloseTo(2.5, 10);
    expect(byMattress!.withoutMean).toBeCloseTo(6.5, 10);
    expect(byStress).toMatchObject({ label: 'Stress', sides: { with: 'at 6 or more', without: 'at 5 or less' }, withDays: 10, withoutDays: 10, verdict: 'no-clear-difference' });
  });

  it('splits a 0–10 rating at 6: days rated 6 or more against 5 or less', () => {
    const { stress } = define();
    const ratings = [6, 10, 7, 6, 9, 8, 6, 5, 0, 3, 5, 1, 2, 4];
    ratings.forEach((rating, i) => checkIn(i, rating >= 6 ? 7 + (i % 2) : 2 + (i % 2), { [stress]: rating }));
    expect(compared()[1]).toMatchObject({ withDays: 7, withoutDays: 7, verdict: 'higher', about: 'when “Stress” was 6 or more' });
  });

  it('makes no claim with fewer than 7 days on a side, and leaves unanswered days out', () => {
    const { mattress } = define();
    for (let i = 0; i < 20; i++) checkIn(i, i < 6 ? 1 : 8, i < 6 ? { [mattress]: 1 } : i < 13 ? { [mattress]: 0 } : {});
    expect(compared()[0]).toMatchObject({ withDays: 6, withoutDays: 7, difference: null, verdict: 'not-enough-data' });
  });

  it('compares only the factors the check-in asks about: a removed one keeps its answers but leaves Insights', () => {
    const { mattress, stress } = define();
    checkIn(0, 3, { [mattress]: 1 });
    ctx.t.core.checkInFactors.replace([{ id: stress, name: 'Stress', type: 'scale' }]);
    expect(compared().map((c) => c.label)).toEqual(['Stress']);
    expect(ctx.t.core.checkIns.get(dayOf(0))!.factors).toEqual({ [mattress]: 1 });
  });
});

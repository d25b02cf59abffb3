import { describe, expect, it } from 'vitest';
import { insights } from '../../../electron/core/insights/insights';
import { doctorReport } from '../../../electron/core/report/doctor-report';
import { NOBODY } from '../../../electron/core/report/report-person';
import { coreForEachTest } from '../../support/test-core';

// November in London is UTC, so `at('2026-11-20', 9)` is 09:00 local on the 20th.
const ZONE = 'Europe/London';
const at = (day: string, hour: number) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const TODAY = '2026-11-25'; // a Wednesday

describe('insights', () => {
  const ctx = coreForEachTest();
  const episode = (day: string, intensity: number, hour = 9) =>
    ctx.t.core.episodes.add({ startedAt: at(day, hour), timeZone: ZONE, intensity, areas: ['lower-back-left'], durationMinutes: 30, triggers: ['posture'], relief: ['heat'], reliefHelped: 2, notes: `episode on ${day}` });
  const checkIn = (day: string, pain: number, note = '') => ctx.t.core.checkIns.save({ day, timeZone: ZONE, pain, stiffness: 3, sleep: 6, note });
  const walk = (day: string, minutes: number, kind: 'walk' | 'swim' | 'warm-up' = 'walk') =>
    ctx.t.core.activities.add({ startedAt: at(day, 12), timeZone: ZONE, kind, minutes, note: '' });

  it('pain per day: worst and average of episodes and check-ins, a 7-day rolling mean, days without records left out', () => {
    episode('2026-11-20', 4);
    episode('2026-11-20', 8, 15);
    checkIn('2026-11-20', 6);
    checkIn('2026-11-23', 2);
    ctx.t.core.episodes.remove(episode('2026-11-23', 10).id);
    episode('2026-10-28', 9); // before the four weeks
    // 23:30 UTC on the 24th is already the 25th in Tokyo, where it was logged.
    ctx.t.core.episodes.add({ startedAt: Date.UTC(2026, 10, 24, 23, 30), timeZone: 'Asia/Tokyo', intensity: 5, areas: ['neck-left'], durationMinutes: null, triggers: [], relief: [], reliefHelped: null, notes: '' });

    const result = insights(ctx.t.core.db, { range: '4-weeks', today: TODAY });
    expect({ from: result.from, to: result.to, days: result.days }).toEqual({ from: '2026-10-29', to: TODAY, days: 28 });
    expect(result.pain).toEqual([
      { day: '2026-11-20', worst: 8, average: 6, rolling: 6, records: 3 },
      { day: '2026-11-23', worst: 2, average: 2, rolling: 4, records: 1 },
      { day: '2026-11-25', worst: 5, average: 5, rolling: 4.33, records: 1 },
    ]);
    // The rolling mean looks back seven calendar days, not seven records.
    expect(insights(ctx.t.core.db, { range: '3-months', today: TODAY }).pain.find((d) => d.day === '2026-11-20')!.rolling).toBe(6);
    expect(insights(ctx.t.core.db, { range: '3-months', today: TODAY }).pain[0]).toMatchObject({ day: '2026-10-28', rolling: 9 });
  });

  it('weekly totals: every Monday-to-Sunday week of the range, empty ones as zero, partial edge weeks marked', () => {
    episode('2026-11-20', 4);
    episode('2026-11-22', 4); // Sunday: still the week of Monday the 16th
    episode('2026-11-23', 4); // Monday
    walk('2026-11-24', 30);
    walk('2026-11-23', 20, 'swim');
    walk('2026-11-24', 15);
    ctx.t.core.reminderLog.record({ reminderId: 'posture', shownAt: at('2026-11-24', 10), outcome: 'done', at: at('2026-11-24', 10), timeZone: ZONE });
    ctx.t.core.reminderLog.record({ reminderId: 'movement', shownAt: at('2026-11-24', 11), outcome: 'snoozed', at: at('2026-11-24', 11), timeZone: ZONE });
    ctx.t.core.reminderLog.record({ reminderId: 'posture', shownAt: at('2026-11-02', 11), outcome: 'ignored', at: at('2026-11-02', 11), timeZone: ZONE });

    const weeks = insights(ctx.t.core.db, { range: '4-weeks', today: TODAY }).weeks;
    expect(weeks.map((w) => [w.week, w.days, w.episodes])).toEqual([
      ['2026-10-26', 4, 0],
      ['2026-11-02', 7, 0],
      ['2026-11-09', 7, 0],
      ['2026-11-16', 7, 2],
      ['2026-11-23', 3, 1],
    ]);
    expect(weeks[4]!.activityMinutes).toMatchObject({ walk: 45, swim: 20, yoga: 0, 'warm-up': 0 });
    expect(weeks[4]!.reminders).toEqual({ done: 1, snoozed: 1, skipped: 0, ignored: 0 });
    expect(weeks[1]!.reminders).toEqual({ done: 0, snoozed: 0, skipped: 0, ignored: 1 });
  });

  it('an edited start time moves the entry to its new day and week', () => {
    const e = episode('2026-11-20', 4);
    ctx.t.core.episodes.update({ id: e.id, patch: { startedAt: at('2026-11-03', 9) } });
    const a = walk('2026-11-24', 30);
    ctx.t.core.activities.update({ id: a.id, patch: { startedAt: at('2026-11-04', 9) } });
    const result = insights(ctx.t.core.db, { range: '4-weeks', today: TODAY });
    expect(result.pain.map((d) => d.day)).toEqual(['2026-11-03']);
    expect(result.weeks.map((w) => [w.week, w.episodes, w.activityMinutes.walk])).toContainEqual(['2026-11-02', 1, 30]);
    expect(result.weeks.find((w) => w.week === '2026-11-23')!.activityMinutes.walk).toBe(0);
  });

  it('supplement consistency: days taken out of the days since the first dose in the range', () => {
    const magnesium = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
    for (const [day, hour] of [['2026-11-20', 22], ['2026-11-21', 8], ['2026-11-21', 22], ['2026-11-25', 22]] as const) {
      ctx.t.core.supplements.take({ supplementId: magnesium.id, startedAt: at(day, hour), timeZone: ZONE, note: '' });
    }
    expect(insights(ctx.t.core.db, { range: '4-weeks', today: TODAY }).supplements).toEqual([
      { supplementId: magnesium.id, kind: 'supplement', name: 'Magnesium', daysTaken: 3, daysTracked: 6 },
    ]);
  });

  it('what seems to help: lower pain on walking days with an interval, too few days said plainly', () => {
    const magnesium = ctx.t.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '' });
    for (let i = 0; i < 14; i++) {
      const day = `2026-11-${String(10 + i).padStart(2, '0')}`;
      const walking = i % 2 === 0;
      checkIn(day, walking ? 2 + (i % 4 === 0 ? 1 : 0) : 6 + (i % 3 === 0 ? 1 : 0));
      if (walking) walk(day, 25);
      if (i < 2) walk(day, 5, 'warm-up');
      if (i >= 7) ctx.t.core.supplements.take({ supplementId: magnesium.id, startedAt: at(day, 21), timeZone: ZONE, note: '' });
    }
    // A short walk alone is not "20 minutes or more".
    walk('2026-11-24', 10);
    checkIn('2026-11-24', 6);

    const habits = insights(ctx.t.core.db, { range: '4-weeks', today: TODAY }).habits;
    const walking = habits.find((h) => h.id === 'walk-or-swim')!;
    expect(walking).toMatchObject({ withDays: 7, withoutDays: 8, verdict: 'lower' });
    expect(walking.withMean).toBeCloseTo((3 + 2 + 3 + 2 + 3 + 2 + 3) / 7, 10);
    expect(walking.withoutMean).toBeCloseTo((6 + 7 + 6 + 6 + 7 + 6 + 6 + 6) / 8, 10);
    expect(walking.difference!.high).toBeLessThan(0);
    expect(walking.difference!.low).toBeLessThan(walking.difference!.estimate);

    expect(habits.find((h) => h.id === 'warm-up')).toMatchObject({ withDays: 2, withoutDays: 13, difference: null, verdict: 'not-enough-data' });
    // No food logged at all: nothing to compare, rather than "every day without".
    expect(habits.find((h) => h.id === 'acidic-or-sugary-food')).toMatchObject({ withDays: 0, withoutDays: 0, verdict: 'not-enough-data' });
    expect(habits.find((h) => h.label === 'Magnesium taken')).toMatchObject({ withDays: 7, withoutDays: 8, verdict: 'no-clear-difference' });
  });

  it('the doctor report: episodes oldest first, activity and supplement totals, check-in notes', () => {
    episode('2026-11-21', 7);
    episode('2026-11-02', 3);
    episode('2026-09-01', 9); // outside
    checkIn('2026-11-03', 4, 'Stiff after the long drive');
    checkIn('2026-11-04', 3);
    walk('2026-11-05', 30);
    walk('2026-11-06', 40);
    walk('2026-11-06', 10, 'warm-up');
    const b = ctx.t.core.supplements.addSupplement({ name: 'Vitamin B', defaultDose: '' });
    ctx.t.core.supplements.take({ supplementId: b.id, startedAt: at('2026-11-05', 8), timeZone: ZONE, note: '' });
    ctx.t.core.supplements.take({ supplementId: b.id, startedAt: at('2026-11-05', 20), timeZone: ZONE, note: '' });

    const report = doctorReport(ctx.t.core.episodes, { from: '2026-11-01', to: '2026-11-30' }, NOBODY);
    expect(report.episodes.map((e) => [e.intensity, e.notes])).toEqual([[3, 'episode on 2026-11-02'], [7, 'episode on 2026-11-21']]);
    expect(report.activities).toEqual([
      { kind: 'walk', sessions: 2, minutes: 70 },
      { kind: 'warm-up', sessions: 1, minutes: 10 },
    ]);
    // Counted as Insights counts it: from the first dose in the span (the 5th) to its end (the 30th).
    expect(report.supplements).toEqual([{ supplementId: b.id, kind: 'supplement', name: 'Vitamin B', daysTaken: 1, daysTracked: 26 }]);
    expect(report.supplements).toEqual(insights(ctx.t.core.db, { range: '4-weeks', today: '2026-11-30' }).supplements);
    expect(report.notes).toEqual([{ day: '2026-11-03', note: 'Stiff after the long drive' }]);
    expect(report.painSummary).toEqual({ daysRecorded: 4, averageWorst: 4.3, highest: 7 });
    expect(report.days).toBe(30);
  });

  it('a report over days with nothing logged says so rather than showing zeros', () => {
    const report = doctorReport(ctx.t.core.episodes, { from: '2026-01-01', to: '2026-01-31' }, NOBODY);
    expect(report).toMatchObject({ days: 31, pain: [], episodes: [], activities: [], supplements: [], notes: [] });
    expect(report.painSummary).toEqual({ daysRecorded: 0, averageWorst: null, highest: null });
  });

  it('refuses a report range that ends before it starts, naming the field', async () => {
    expect(await ctx.t.dispatch('report.build', { from: '2026-11-30', to: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ field: 'to', message: 'must not start after it ends' }] },
    });
  });
});

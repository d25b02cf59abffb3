import { describe, expect, it } from 'vitest';
import { doctorReport } from '../../../electron/core/report/doctor-report';
import { coreForEachTest } from '../../support/test-core';

const ZONE = 'Europe/London';
const at = (day: string, hour = 9) => Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('the doctor report’s summaries', () => {
  const ctx = coreForEachTest();
  const episode = (day: string, intensity: number, triggers: string[], relief: string[], reliefHelped: number | null) =>
    ctx.t.core.episodes.add({ startedAt: at(day), timeZone: ZONE, intensity, areas: ['lower-back-left'], durationMinutes: null, triggers, relief, reliefHelped, notes: '' });
  const report = () => doctorReport(ctx.t.core.episodes, NOVEMBER, { name: 'Alex Example', dateOfBirth: '1980-03-14' });

  it('triggers: each named once however it was capitalised, how often, and how bad those episodes were', () => {
    episode('2026-11-02', 6, ['Posture', 'sitting'], [], null);
    episode('2026-11-03', 8, ['posture '], [], null);
    episode('2026-10-30', 10, ['posture'], [], null); // before the span
    ctx.t.core.episodes.remove(episode('2026-11-04', 2, ['sitting'], [], null).id);
    expect(report().triggers).toEqual([
      { trigger: 'Posture', episodes: 2, averagePain: 7 },
      { trigger: 'sitting', episodes: 1, averagePain: 6 },
    ]);
  });

  it('relief: how often each was tried and how much it helped, unrated ones counted as such', () => {
    episode('2026-11-02', 6, [], ['heat', 'walking'], 3);
    episode('2026-11-05', 6, [], ['Heat'], 0);
    episode('2026-11-07', 6, [], ['heat'], null);
    expect(report().relief).toEqual([
      { relief: 'Heat', times: 3, helped: [1, 0, 0, 1] },
      { relief: 'walking', times: 1, helped: [0, 0, 0, 1] },
    ]);
  });

  it('stiffness and sleep: week by week from Monday, and the first half of the check-ins against the second', () => {
    // Sunday 1st to Sunday 8th: stiff and sleeping badly; the 16th to the 19th: better.
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-08']) ctx.t.core.checkIns.save({ day, timeZone: ZONE, pain: 5, stiffness: 6, sleep: 3, note: '' });
    for (const day of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']) ctx.t.core.checkIns.save({ day, timeZone: ZONE, pain: 2, stiffness: 2, sleep: 7, note: '' });
    const { weeks, halves } = report().checkIns;
    expect(weeks).toEqual([
      { weekOf: '2026-11-01', checkIns: 1, pain: 5, stiffness: 6, sleep: 3 }, // the span starts on a Sunday
      { weekOf: '2026-11-02', checkIns: 3, pain: 5, stiffness: 6, sleep: 3 },
      { weekOf: '2026-11-16', checkIns: 4, pain: 2, stiffness: 2, sleep: 7 },
    ]);
    expect(halves).toEqual([
      { checkIns: 4, stiffness: 6, sleep: 3 },
      { checkIns: 4, stiffness: 2, sleep: 7 },
    ]);
  });

  it('carries who it is about, as set in Settings', async () => {
    expect(await ctx.t.dispatch('settings.setReportPerson', { name: 'Alex Example', dateOfBirth: '1980-03-14' })).toMatchObject({ ok: true });
    expect(await ctx.t.dispatch('report.build', NOVEMBER)).toMatchObject({ ok: true, value: { person: { name: 'Alex Example', dateOfBirth: '1980-03-14' } } });
    expect(await ctx.t.dispatch('settings.setReportPerson', { name: 'Alex\nExample', dateOfBirth: '1980-02-30' })).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'name', message: 'must not contain control characters' }, { field: 'dateOfBirth', message: 'must be a real date from 1900 on' }] },
    });
  });
});

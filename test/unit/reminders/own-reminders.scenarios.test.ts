import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../electron/core/reminders/reminder-list';
import { startDay } from '../../support/fake-world';
import { reminderSettings } from '../../support/reminder-patch';

// The person's own reminders beside the built-ins, Europe/London, from Wednesday 25 November 2026.

const own = (id: string, schedule: Reminder['schedule'], routineId: string | null = null): Reminder => ({
  id,
  name: id,
  message: `${id}, now`,
  enabled: true,
  schedule,
  routineId,
});
const onlyOwn = (...list: Reminder[]) => ({ posture: { enabled: false }, movement: { enabled: false }, own: list });

describe('the person’s own reminders', () => {
  it('comes at each of its times, on its days only, with its name, message and routine', () => {
    const stretch = own('stretch', { type: 'clock', times: ['16:00', '10:15'], days: [3, 5] }, 'desk-warm-up');
    const day = startDay('2026-11-25 09:00', onlyOwn(stretch));
    day.world.until('2026-11-28 18:00'); // Wednesday to Saturday
    expect(day.shown).toEqual(['10:15 stretch', '16:00 stretch', '10:15 stretch', '16:00 stretch']);
    expect(day.reminders.map((r) => new Date(r.shownAt).toISOString().slice(0, 10))).toEqual(['2026-11-25', '2026-11-25', '2026-11-27', '2026-11-27']);
    expect(day.reminders[0]).toMatchObject({ reminderId: 'stretch', title: 'stretch', body: 'stretch, now', routineId: 'desk-warm-up', breakMinutes: null });
    expect(day.words().nextWhy).toBe('Why: it comes at 10:15 and 16:00 on Wednesday and Friday.');
  });

  it('counts each desk-time reminder on its own; a break taken counts for the ones asking for a shorter one', () => {
    const water = own('water', { type: 'desk-time', everyMinutes: 20, breakMinutes: 2 });
    const walk = own('walk', { type: 'desk-time', everyMinutes: 50, breakMinutes: 10 }, 'desk-warm-up');
    const day = startDay('2026-11-25 09:00', onlyOwn(water, walk));
    day.world.until('2026-11-25 10:45');
    // The walk at 09:50 restarts the water count too (its 2-minute break is part of a 10-minute one).
    expect(day.shown).toEqual(['09:20 water', '09:40 water', '09:50 walk', '10:10 water', '10:30 water', '10:40 walk']);
    day.autoAnswer = null;
    day.world.until('2026-11-25 11:00');
    expect(day.words().open).toEqual([{ id: day.latest().id, name: 'water', why: '20 minutes at the computer since your break for “walk” at 10:40.' }]);
  });

  it('ten reminders share the one timer: each comes when due, and removing one withdraws it', () => {
    const list = Array.from({ length: 6 }, (_, i) => own(`r${i}`, { type: 'desk-time', everyMinutes: 25 + i * 10, breakMinutes: 3 }));
    const day = startDay('2026-11-25 09:00', { checkIn: { enabled: true }, magnesium: { enabled: true }, own: list });
    day.autoAnswer = null;
    day.world.until('2026-11-25 09:31');
    expect(day.shown).toEqual(['09:25 r0']);
    const settings = reminderSettings({ checkIn: { enabled: true }, magnesium: { enabled: true }, own: list.slice(1) });
    day.scheduler.updateSettings(settings);
    // r0's notification goes; the posture check it was holding back (due at 09:30) takes its place.
    expect(day.scheduler.status().open.map((r) => r.reminderId)).toEqual(['posture']);
    day.autoAnswer = 'done';
    day.world.until('2026-11-25 22:30');
    expect(day.shown.filter((s) => s.endsWith('r0'))).toEqual(['09:25 r0']);
    // The posture check falls due at 20:30 and 22:00 too: it goes first, the clock ones after the 2-minute gap.
    expect(day.shown.filter((s) => /checkIn|magnesium/.test(s))).toEqual(['20:32 checkIn', '22:02 magnesium']);
  });

  it('one turned on, or added, later counts from then and says so, instead of coming at once', () => {
    const water = own('water', { type: 'desk-time', everyMinutes: 20, breakMinutes: 2 });
    const day = startDay('2026-11-25 09:00', onlyOwn({ ...water, enabled: false }));
    day.world.until('2026-11-25 10:00');
    expect(day.shown).toEqual([]);
    day.scheduler.updateSettings(reminderSettings(onlyOwn(water)));
    expect(day.words().nextWhy).toMatch(/^Why: every 20 minutes at the computer, counted since you turned it on at 10:00/);
    day.world.until('2026-11-25 10:30');
    expect(day.shown).toEqual(['10:20 water']);
  });
});

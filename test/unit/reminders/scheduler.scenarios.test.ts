import { describe, expect, it } from 'vitest';
import { at, MINUTE, startDay } from '../../support/fake-world';

// A working day in Europe/London, Wednesday 25 November 2026 unless a scenario says otherwise.
// Defaults: change position every 30 active minutes (natural break: 3 idle minutes), movement
// break every 60 (natural break: 5). The person answers "done" at once unless a scenario says so.

describe('a day at the desk', () => {
  it('typing all morning: a posture check every 30 minutes, a movement break every hour instead of the posture check', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 11:00');
    expect(day.shown).toEqual(['09:30 posture', '10:00 movement', '10:30 posture', '11:00 movement']);
    expect(day.outcomes.map((o) => o.outcome)).toEqual(['done', 'done', 'done', 'done']);
  });

  it('a 10-minute coffee break is a natural break: both counts restart', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:20');
    day.world.stopTyping();
    day.world.until('2026-11-25 09:30');
    expect(day.words()).toMatchObject({
      held: 'Away since 09:20: a natural break, so counting starts again when you are back.',
      next: 'Next: Change position at 10:00, after 30 minutes at the computer once you are back.',
    });
    day.world.startTyping();
    day.world.until('2026-11-25 10:40');
    // While away it looks every 3 minutes (09:23 break, 09:25, 09:28, 09:31): back at 09:30,
    // noticed at 09:31, counted from there.
    expect(day.shown).toEqual(['10:01 posture', '10:31 movement']);
  });

  it('a pause in typing shorter than the break length is not a break', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:20');
    day.world.stopTyping();
    day.world.until('2026-11-25 09:22');
    day.world.startTyping();
    day.world.until('2026-11-25 09:45');
    expect(day.shown).toEqual(['09:30 posture']);
  });

  it('a short screen lock pauses the count; a long one is a natural break', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:10');
    day.scheduler.systemEvent('lock');
    day.world.until('2026-11-25 09:12');
    day.scheduler.systemEvent('unlock');
    day.world.until('2026-11-25 09:40');
    expect(day.shown).toEqual(['09:32 posture']);

    day.scheduler.systemEvent('lock');
    expect(day.scheduler.status().mode).toBe('locked');
    expect(day.words()).toEqual({ open: [], held: 'Screen locked: counting is paused until you are back.', next: null, nextWhy: null });
    day.world.until('2026-11-25 10:10');
    day.scheduler.systemEvent('unlock');
    day.world.until('2026-11-25 11:15');
    expect(day.shown).toEqual(['09:32 posture', '10:40 posture', '11:10 movement']);
  });

  it('a suspend over lunch: no burst of overdue reminders on resume, counts start afresh', () => {
    const day = startDay('2026-11-25 11:10');
    day.world.until('2026-11-25 11:55');
    expect(day.shown).toEqual(['11:40 posture']);
    day.scheduler.systemEvent('suspend');
    day.world.sleepFor(65 * MINUTE);
    day.scheduler.systemEvent('resume');
    expect(day.words().nextWhy).toBe('Why: every 30 minutes at the computer, counted since your break at 11:55.');
    day.world.until('2026-11-25 14:01');
    expect(day.shown).toEqual(['11:40 posture', '13:30 posture', '14:00 movement']);
  });

  it('snooze chains: 5 then 10 minutes, then done; the movement break keeps its own time', () => {
    const day = startDay('2026-11-25 09:00');
    day.autoAnswer = null;
    day.world.until('2026-11-25 09:30');
    day.answer('snooze-5');
    expect(day.words()).toMatchObject({ next: 'Next: Change position at 09:35.', nextWhy: 'Why: you snoozed it for 5 minutes at 09:30.' });
    day.world.until('2026-11-25 09:35');
    day.answer('snooze-10');
    day.world.until('2026-11-25 09:45');
    day.answer('done');
    day.world.until('2026-11-25 10:00');
    day.answer('done');
    day.world.until('2026-11-25 10:20');
    expect(day.shown).toEqual(['09:30 posture', '09:35 posture', '09:45 posture', '10:00 movement']);
    expect(day.outcomes.map((o) => `${o.reminderId} ${o.outcome}`)).toEqual([
      'posture snoozed',
      'posture snoozed',
      'posture done',
      'movement done',
    ]);
  });

  it('skip: recorded, and the next one comes a full interval later', () => {
    const day = startDay('2026-11-25 09:00', { posture: { enabled: false } });
    day.autoAnswer = 'skip';
    day.world.until('2026-11-25 11:30');
    expect(day.shown).toEqual(['10:00 movement', '11:00 movement']);
    expect(day.outcomes.map((o) => o.outcome)).toEqual(['skipped', 'skipped']);
  });

  it('an unanswered reminder is withdrawn as ignored after 10 minutes, never repeated or stacked', () => {
    const day = startDay('2026-11-25 09:00');
    day.autoAnswer = null;
    day.world.until('2026-11-25 10:05');
    // 09:30 ignored at 09:40 and its count restarted then: the next posture check falls at 10:10.
    expect(day.shown).toEqual(['09:30 posture', '10:00 movement']);
    expect(day.outcomes.map((o) => `${o.reminderId} ${o.outcome}`)).toEqual(['posture ignored']);
    // At 10:10 the movement break, still open, is withdrawn as ignored; only then the posture check.
    day.world.until('2026-11-25 10:12');
    expect(day.outcomes.map((o) => `${o.reminderId} ${o.outcome}`)).toEqual(['posture ignored', 'movement ignored']);
    expect(day.shown).toEqual(['09:30 posture', '10:00 movement', '10:10 posture']);
  });

  it('pause for 30 minutes: what fell due is shown once when it ends', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:20');
    day.scheduler.pause(at('2026-11-25 09:50'));
    expect(day.scheduler.status().mode).toBe('paused');
    expect(day.words()).toMatchObject({
      held: 'Paused until 09:50. Desk time still counts; anything that falls due comes once, when the pause ends.',
      next: 'Next: Change position at 09:50, when the pause ends.',
    });
    day.world.until('2026-11-25 10:05');
    expect(day.shown).toEqual(['09:50 posture', '10:00 movement']);
  });

  it('pause until tomorrow: nothing more today, a fresh count at the start of tomorrow’s working hours', () => {
    const hours = { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' } };
    const day = startDay('2026-11-25 09:00', hours);
    day.world.until('2026-11-25 10:05');
    day.scheduler.pause(at('2026-11-26 09:00'));
    day.world.until('2026-11-26 09:45');
    expect(day.shown).toEqual(['09:30 posture', '10:00 movement', '09:30 posture']);
    expect(day.reminders.at(-1)!.shownAt).toBe(at('2026-11-26 09:30'));
  });

  it('working hours: nothing counts before they start or after they end, not even over a weekend', () => {
    const hours = { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' } };
    const day = startDay('2026-11-27 08:00', hours); // a Friday
    day.world.until('2026-11-27 09:29');
    expect(day.shown).toEqual([]);
    day.world.until('2026-11-30 09:31'); // the Monday after
    const friday = day.reminders.filter((r) => r.shownAt < at('2026-11-28 00:00')).map((r) => r.shownAt);
    expect(friday[0]).toBe(at('2026-11-27 09:30'));
    expect(Math.max(...friday)).toBeLessThan(at('2026-11-27 17:30'));
    expect(day.reminders.filter((r) => r.shownAt >= at('2026-11-27 17:30') && r.shownAt < at('2026-11-30 09:00'))).toEqual([]);
    expect(day.shown.at(-1)).toBe('09:30 posture');
  });

  it('a wall-clock jump does not change when desk reminders come (they count active time)', () => {
    const day = startDay('2026-11-25 09:00', { movement: { enabled: false } });
    day.world.until('2026-11-25 09:10');
    day.world.jumpWall(2 * 60 * MINUTE);
    day.world.advance(20 * MINUTE);
    expect(day.shown).toEqual(['11:30 posture']);
  });

  it('without idle detection (Wayland) it says so, and breaks go unnoticed rather than guessed', () => {
    const day = startDay('2026-11-25 09:00', { movement: { enabled: false } });
    day.world.idleAvailable = false;
    expect(day.scheduler.status().idleDetection).toBe(false);
    day.world.stopTyping();
    day.world.until('2026-11-25 09:31');
    expect(day.shown).toEqual(['09:30 posture']);
  });
});

describe('daily reminders', () => {
  const magnesium = { magnesium: { enabled: true, time: '22:00' }, posture: { enabled: false }, movement: { enabled: false } };

  it('fires once a day at its local time, across the spring DST change', () => {
    const day = startDay('2026-03-28 20:00', magnesium);
    day.world.until('2026-03-30 23:00');
    expect(day.reminders.map((r) => new Date(r.shownAt).toISOString())).toEqual([
      '2026-03-28T22:00:00.000Z', // GMT
      '2026-03-29T21:00:00.000Z', // BST: still 22:00 on the wall
      '2026-03-30T21:00:00.000Z',
    ]);
  });

  it('fires once, not twice, on the night the clocks go back', () => {
    const day = startDay('2026-10-24 23:00', { ...magnesium, magnesium: { enabled: true, time: '01:30' } });
    day.world.until('2026-10-25 04:00');
    expect(day.reminders).toHaveLength(1);
  });

  it('a time skipped by the spring change fires at the first moment after it', () => {
    const day = startDay('2026-03-28 23:00', { ...magnesium, magnesium: { enabled: true, time: '01:30' } });
    day.world.until('2026-03-29 05:00');
    expect(day.reminders.map((r) => new Date(r.shownAt).toISOString())).toEqual(['2026-03-29T01:30:00.000Z']);
  });

  it('a wall-clock jump past its time shows it once; jumping back does not repeat it', () => {
    const day = startDay('2026-11-25 21:50', magnesium);
    day.world.jumpWall(60 * MINUTE);
    day.world.advance(2 * MINUTE);
    day.world.jumpWall(-60 * MINUTE);
    day.world.until('2026-11-25 23:30');
    expect(day.reminders).toHaveLength(1);
  });

  it('asleep at its time: dropped when too late to make sense, and the next day is normal', () => {
    const day = startDay('2026-11-25 21:00', magnesium);
    day.scheduler.systemEvent('suspend');
    day.world.sleepFor(11 * 60 * MINUTE); // until 08:00 tomorrow
    day.scheduler.systemEvent('resume');
    day.world.until('2026-11-26 23:00');
    expect(day.shown).toEqual(['22:00 magnesium']);
    expect(day.reminders[0]!.shownAt).toBe(at('2026-11-26 22:00'));
  });

  it('remembers across a restart that today’s was shown', () => {
    const first = startDay('2026-11-25 21:59', magnesium);
    first.world.until('2026-11-25 22:05');
    first.scheduler.stop();
    const restarted = startDay('2026-11-25 22:06', magnesium, first.persisted.at(-1));
    restarted.world.until('2026-11-25 23:00');
    expect(first.shown).toEqual(['22:00 magnesium']);
    expect(restarted.shown).toEqual([]);
  });
});

describe('waking up', () => {
  it('keeps exactly one timer, never a polling loop', () => {
    const day = startDay('2026-11-25 09:00');
    for (const step of ['09:10', '09:40', '10:15']) {
      day.world.until(`2026-11-25 ${step}`);
      expect(day.world.pendingTimers()).toBeLessThanOrEqual(2); // the scheduler's, plus a person's answer
    }
    expect(day.scheduler.wakeUps).toBeLessThan(40);
  });
});

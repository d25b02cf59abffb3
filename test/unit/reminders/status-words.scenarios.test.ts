import { describe, expect, it } from 'vitest';
import { at, MINUTE, startDay } from '../../support/fake-world';

// What the Today card and the tray say, word for word, in each situation a person meets.
// Defaults as in scheduler.scenarios: change position every 30 active minutes, movement every 60.

const waiting = 'The next desk reminder is counted once you answer this one.';

describe('while a reminder waits for an answer, it says why that one came', () => {
  it('a posture check: its own 30 minutes, counted from the start', () => {
    const day = startDay('2026-11-25 09:00');
    day.autoAnswer = null;
    day.world.until('2026-11-25 09:31');
    expect(day.words()).toEqual({
      open: [{ id: day.latest().id, name: 'Change position', why: '30 minutes at the computer since Limber started at 09:00.' }],
      held: null,
      next: waiting,
      nextWhy: null,
    });
  });

  it('a movement break: its own 60 minutes, not the posture check’s 30', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:59');
    day.autoAnswer = null;
    day.world.until('2026-11-25 10:01');
    expect(day.latest().reminderId).toBe('movement');
    expect(day.words().open).toEqual([{ id: day.latest().id, name: 'Movement break', why: '60 minutes at the computer since Limber started at 09:00.' }]);
    expect(day.words().next).toBe(waiting);
  });

  it('held back by a pause: the desk time really counted, not the setting', () => {
    const day = startDay('2026-11-25 09:00', { posture: { enabled: false } });
    day.autoAnswer = null;
    day.scheduler.pause(at('2026-11-25 10:10'));
    day.world.until('2026-11-25 10:11');
    expect(day.words().open.map((o) => o.why)).toEqual(['70 minutes at the computer since Limber started at 09:00.']);
  });

  it('a snoozed one: when and for how long it was snoozed', () => {
    const day = startDay('2026-11-25 09:00');
    day.autoAnswer = null;
    day.world.until('2026-11-25 09:30');
    day.answer('snooze-10');
    day.world.until('2026-11-25 09:41');
    expect(day.words().open.map((o) => o.why)).toEqual(['You snoozed it for 10 minutes at 09:30.']);
  });

  it('a daily one: its time, and the desk reminders still come next', () => {
    const day = startDay('2026-11-25 21:45', { magnesium: { enabled: true, time: '22:00' } });
    day.autoAnswer = null;
    day.world.until('2026-11-25 22:01');
    expect(day.words()).toMatchObject({
      open: [{ name: 'Magnesium', why: 'Your reminder at 22:00: it comes at 22:00 every day.' }],
      next: 'Next: Change position at 22:15, after 14 more minutes at the computer.',
      nextWhy: 'Why: every 30 minutes at the computer, counted since Limber started at 21:45.',
    });
  });

  it('the posture check answered, a movement break after it, each with its reason', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:40');
    expect(day.words()).toMatchObject({
      next: 'Next: Movement break at 10:00, after 20 more minutes at the computer.',
      nextWhy: 'Why: every 60 minutes at the computer, counted since Limber started at 09:00.',
    });
    day.world.until('2026-11-25 10:05');
    expect(day.words()).toMatchObject({
      next: 'Next: Change position at 10:30, after 25 more minutes at the computer.',
      nextWhy: 'Why: every 30 minutes at the computer, counted since your break for “Movement break” at 10:00.',
    });
  });
});

describe('what comes next, and why nothing does', () => {
  it('stays right between the scheduler’s wake-ups (no idle detection: it sleeps 30 minutes)', () => {
    const day = startDay('2026-11-25 09:00', { movement: { enabled: false } });
    day.world.idleAvailable = false;
    day.world.until('2026-11-25 09:18');
    expect(day.words().next).toBe('Next: Change position at 09:30, after 12 more minutes at the computer.');
  });

  it('a daily reminder before the next desk one is the one named', () => {
    const day = startDay('2026-11-25 21:40', { magnesium: { enabled: true, time: '22:00' } });
    expect(day.words()).toMatchObject({ next: 'Next: Magnesium at 22:00.', nextWhy: 'Why: it comes at 22:00 every day.' });
  });

  it('skipped, ignored: the count restarts and says so', () => {
    const day = startDay('2026-11-25 09:00', { movement: { enabled: false } });
    day.autoAnswer = 'skip';
    day.world.until('2026-11-25 09:31');
    expect(day.words().nextWhy).toBe('Why: every 30 minutes at the computer, counted since you skipped the last one at 09:30.');
    day.autoAnswer = null;
    day.world.until('2026-11-25 10:11');
    expect(day.words().nextWhy).toBe('Why: every 30 minutes at the computer, counted since the last one went unanswered at 10:10.');
  });

  it('outside working hours: when they begin again, and the first reminder after that', () => {
    const hours = { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' } };
    const day = startDay('2026-11-25 18:00', hours);
    expect(day.words()).toEqual({
      open: [],
      held: 'Outside your working hours: desk reminders start again at 09:00 tomorrow.',
      next: 'Next: Change position at 09:30 tomorrow, after 30 minutes at the computer.',
      nextWhy: 'Why: every 30 minutes at the computer, counted from the start of working hours at 09:00 tomorrow.',
    });
    const friday = startDay('2026-11-27 17:45', hours);
    expect(friday.words().held).toBe('Outside your working hours: desk reminders start again at 09:00 on Monday.');
  });

  it('due after working hours end: it does not promise one today', () => {
    const hours = { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' } };
    const day = startDay('2026-11-25 17:10', hours);
    expect(day.words().next).toBe('Next: Change position at 09:30 tomorrow, after 30 minutes at the computer.');
  });

  it('do not disturb: says nothing comes until it is off, and promises no time', () => {
    const day = startDay('2026-11-25 09:00');
    day.scheduler.setDoNotDisturb(true);
    expect(day.words()).toEqual({
      open: [],
      held: 'Do not disturb is on: no reminders until you turn it off. Desk time still counts.',
      next: null,
      nextWhy: null,
    });
  });

  it('paused: the due one comes when the pause ends, not a full interval after it', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:10');
    day.scheduler.pause(at('2026-11-25 09:20'));
    expect(day.words().next).toBe('Next: Change position at 09:30, after 20 more minutes at the computer.');
    day.scheduler.pause(at('2026-11-25 10:10'));
    expect(day.words().next).toBe('Next: Movement break at 10:10, when the pause ends.');
  });

  it('asleep: counting paused, nothing promised', () => {
    const day = startDay('2026-11-25 09:00');
    day.scheduler.systemEvent('suspend');
    day.world.sleepFor(5 * MINUTE);
    expect(day.words()).toEqual({ open: [], held: 'The computer is asleep: counting is paused.', next: null, nextWhy: null });
  });
});

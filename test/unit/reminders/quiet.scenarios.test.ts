import { describe, expect, it } from 'vitest';
import { QUIET_LOOK } from '../../../electron/core/reminders/scheduler-ports';
import { startDay } from '../../support/fake-world';

// Calls, full screen and the system's do-not-disturb hold reminders (Europe/London, Wednesday 25
// November 2026; posture every 30 active minutes, break 3; movement every 60, break 5; every
// reminder answered "done" at once).

describe('quiet moments hold reminders', () => {
  it('a call that starts before a reminder is due holds it, and it comes once when the call ends', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:20');
    day.quiet.begin('call');
    day.world.until('2026-11-25 09:40');
    expect(day.shown).toEqual([]);
    expect(day.words()).toMatchObject({
      held: 'Holding reminders: in a call, since 09:20. What falls due comes once, when the call ends; desk time still counts.',
      next: 'Next: Change position, when the call ends.',
    });
    day.quiet.end();
    day.world.until('2026-11-25 10:10');
    // The count went on through the call: the movement break is due at 10:00 as usual.
    expect(day.shown).toEqual(['09:40 posture', '10:00 movement']);
  });

  it('a call that starts while a reminder waits leaves it open; the next one waits for the call to end', () => {
    const day = startDay('2026-11-25 09:00');
    day.autoAnswer = null;
    day.world.until('2026-11-25 09:31');
    expect(day.shown).toEqual(['09:30 posture']);
    day.quiet.begin('call');
    day.world.until('2026-11-25 10:30');
    expect(day.outcomes.map((o) => o.outcome)).toEqual(['ignored']);
    day.quiet.end();
    day.world.until('2026-11-25 10:31');
    expect(day.shown).toEqual(['09:30 posture', '10:30 movement']);
  });

  it('a call that starts after a reminder was answered changes nothing, and nothing is watched while nothing is due', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:35');
    expect(day.quiet.watched()).toEqual([]);
    const watches = day.quiet.watches;
    day.quiet.begin('call');
    day.world.until('2026-11-25 09:45');
    day.quiet.end();
    expect(day.quiet.watches).toBe(watches);
    expect(day.quiet.watched()).toEqual([]);
    day.world.until('2026-11-25 10:01');
    expect(day.shown).toEqual(['09:30 posture', '10:00 movement']);
  });

  it('a 2-hour call at the keyboard: nothing during it, then one reminder, never a burst', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:10');
    day.quiet.begin('call');
    day.world.until('2026-11-25 09:31');
    const wakeUps = day.scheduler.wakeUps;
    day.world.until('2026-11-25 11:10');
    expect(day.shown).toEqual([]);
    // Held from 09:30, it waits for the call's end: no waking to re-check what cannot change but
    // the half-hourly look every sleep has.
    expect(day.scheduler.wakeUps - wakeUps).toBeLessThanOrEqual(4);
    day.quiet.end();
    day.world.until('2026-11-25 11:20');
    expect(day.shown).toEqual(['11:10 movement']);
  });

  it('a 2-hour call without touching the keyboard still counts as desk time; one that ends with the person away is a break', () => {
    const listening = startDay('2026-11-25 09:00');
    listening.world.until('2026-11-25 09:10');
    listening.quiet.begin('call');
    listening.world.stopTyping();
    const wakeUps = listening.scheduler.wakeUps;
    listening.world.until('2026-11-25 10:00');
    expect(listening.words().held).toMatch(/^Holding reminders: in a call, since 09:10\./);
    expect(listening.scheduler.wakeUps - wakeUps).toBeLessThanOrEqual(4);
    // The call ends and the person types within the break length: the held reminder comes.
    listening.world.startTyping();
    listening.quiet.end();
    listening.world.until('2026-11-25 10:01');
    expect(listening.shown).toEqual(['10:00 movement']);

    // Away from 09:40; the call ends at 09:50, ten idle minutes later: that was a break.
    const away = startDay('2026-11-25 09:00');
    away.world.until('2026-11-25 09:20');
    away.quiet.begin('call');
    away.world.until('2026-11-25 09:40');
    away.world.stopTyping();
    away.world.until('2026-11-25 09:50');
    away.quiet.end();
    away.world.until('2026-11-25 09:55');
    expect(away.shown).toEqual([]);
    expect(away.words().held).toBe('Away since 09:40: a natural break, so counting starts again when you are back.');
  });

  it('full screen and the system’s do-not-disturb hold reminders too, each in its own words', () => {
    const day = startDay('2026-11-25 09:00');
    day.quiet.begin('full-screen');
    day.world.until('2026-11-25 09:31');
    expect(day.words().held).toBe(
      'Holding reminders: something is full screen (a presentation, a video), since 09:00. What falls due comes once, when full screen ends; desk time still counts.',
    );
    // Full screen gives way to the system's do-not-disturb: still held.
    day.quiet.begin('system-do-not-disturb');
    day.world.until('2026-11-25 09:32');
    expect(day.words().held).toBe('Holding reminders: your system’s do-not-disturb is on, since 09:31. What falls due comes once, when it is off; desk time still counts.');
    day.quiet.end();
    day.world.until('2026-11-25 09:33');
    expect(day.shown).toEqual(['09:32 posture']);
  });

  it('a detector turned off in Settings holds nothing, and is not watched', () => {
    const day = startDay('2026-11-25 09:00', { quiet: { call: false } });
    day.quiet.begin('call');
    day.world.until('2026-11-25 09:31');
    expect(day.shown).toEqual(['09:30 posture']);
    // Asked when it came due, without the call detector; resting again once it was shown.
    expect(day.quiet.asked).toEqual([['full-screen', 'system-do-not-disturb'], []]);
    day.quiet.end();
    day.quiet.begin('full-screen');
    day.world.until('2026-11-25 10:01');
    expect(day.shown).toEqual(['09:30 posture']);
    expect(day.words().held).toMatch(/^Holding reminders: something is full screen/);
    day.quiet.end();
    day.world.until('2026-11-25 10:02');
    expect(day.shown).toEqual(['09:30 posture', '10:01 movement']);
  });

  it('a source that must look first: the due reminder waits for its answer, or at most a few seconds', () => {
    const day = startDay('2026-11-25 09:00');
    day.quiet.lookMs = 2_000;
    day.world.until('2026-11-25 09:31');
    expect(day.reminders.map((r) => r.shownAt - day.reminders[0]!.shownAt)).toEqual([0]);
    expect(day.shown).toEqual(['09:30 posture']);
    // Looked only when something came due, and rested once it was shown.
    expect(day.quiet.watches).toBe(1);
    expect(day.quiet.watched()).toEqual([]);

    const silent = startDay('2026-11-25 09:00');
    silent.quiet.lookMs = 60_000;
    const due = silent.world.now() + 30 * 60_000;
    silent.world.until('2026-11-25 09:31');
    expect(silent.reminders[0]!.shownAt - due).toBe(QUIET_LOOK);
  });
});

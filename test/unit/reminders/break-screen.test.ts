import { describe, expect, it } from 'vitest';
import { BreakScreenGate, TYPING_PAUSE, type BreakScreenOptions } from '../../../electron/core/reminders/break-screen';
import type { ReminderSettings } from '../../../electron/core/reminders/reminder-settings';
import type { Reminder } from '../../../electron/core/reminders/reminder-list';
import { clockTime, FakeQuiet, startDay, type NotifierWrap } from '../../support/fake-world';
import type { SettingsPatch } from '../../support/reminder-patch';

type Mode = ReminderSettings['breakScreen']['mode'];

/** A day whose movement breaks go through a break screen; every opening and closing is recorded. */
function dayWithBreakScreen(mode: Mode, lookMs = 0, patch: SettingsPatch = { posture: { enabled: false } }) {
  const screen: string[] = [];
  const opened: BreakScreenOptions[] = [];
  let fullScreen!: FakeQuiet;
  let gate!: BreakScreenGate;
  const wrap: NotifierWrap = (inner, world, scheduler, settings) => {
    fullScreen = new FakeQuiet(world, lookMs);
    gate = new BreakScreenGate({
      clock: world,
      idle: world,
      fullScreen,
      screen: {
        open: (reminder, options) => {
          screen.push(`${clockTime(world.now())} open ${reminder.reminderId}`);
          opened.push(options);
        },
        close: () => screen.push(`${clockTime(world.now())} close`),
      },
      settings: () => settings,
      status: () => scheduler().status(),
      onStatusChange: (listener) => scheduler().onChange(listener),
    });
    return gate.notifier(inner);
  };
  // Only the movement break here (every 60 minutes, break 5); answered by hand.
  const day = startDay('2026-11-25 09:00', { ...patch, breakScreen: { mode, strictSeconds: 45 } }, undefined, wrap);
  day.autoAnswer = null;
  gate.start();
  return { day, screen, opened, fullScreen: () => fullScreen };
}

describe('the break screen', () => {
  it('waits for a pause in typing, then opens with the break’s length; closes when answered', () => {
    const { day, screen, opened } = dayWithBreakScreen('screen');
    day.world.until('2026-11-25 10:00');
    expect(day.shown).toEqual(['10:00 movement']);
    // Still typing: nothing opens under the keystrokes.
    day.world.until('2026-11-25 10:02');
    expect(screen).toEqual([]);
    day.world.stopTyping();
    day.world.advance(TYPING_PAUSE);
    expect(screen).toEqual(['10:02 open movement']);
    expect(opened).toEqual([{ breakMinutes: 5, strictSeconds: 0 }]);
    day.answer('done');
    expect(screen).toEqual(['10:02 open movement', '10:02 close']);
  });

  it('opens for the person’s own desk reminder that opens a routine, with its break; not for one without a routine, nor a clock one', () => {
    const own = (id: string, schedule: Reminder['schedule'], routineId: string | null): Reminder => ({ id, name: id, message: '', enabled: true, schedule, routineId });
    const { day, screen, opened } = dayWithBreakScreen('screen', 0, {
      posture: { enabled: false },
      movement: { enabled: false },
      own: [
        own('hips', { type: 'desk-time', everyMinutes: 50, breakMinutes: 4 }, 'mine-hips'),
        own('water', { type: 'desk-time', everyMinutes: 20, breakMinutes: 1 }, null),
        own('breathe', { type: 'clock', times: ['10:30'], days: [0, 1, 2, 3, 4, 5, 6] }, 'tai-chi-breathing'),
      ],
    });
    // Typing all morning; at each reminder the person pauses a moment, answers it and types on.
    for (let minute = 0; minute < 95; minute++) {
      day.world.advance(60_000);
      if (day.scheduler.status().open.length === 0) continue;
      day.world.stopTyping();
      day.world.advance(TYPING_PAUSE);
      day.answer('done');
      day.world.startTyping();
    }
    expect(new Set(day.shown.map((s) => s.split(' ')[1]))).toEqual(new Set(['hips', 'water', 'breathe']));
    expect(screen.filter((s) => s.includes('open'))).toEqual([`${day.shown.find((s) => s.endsWith('hips'))!.split(' ')[0]} open hips`]);
    expect(opened).toEqual([{ breakMinutes: 4, strictSeconds: 0 }]);
  });

  it('strict: says how long Skip is held back; banner only: no screen at all', () => {
    const strict = dayWithBreakScreen('strict');
    strict.day.world.until('2026-11-25 09:59');
    strict.day.world.stopTyping();
    strict.day.world.until('2026-11-25 10:01');
    expect(strict.opened).toEqual([{ breakMinutes: 5, strictSeconds: 45 }]);

    const banner = dayWithBreakScreen('banner');
    banner.day.world.until('2026-11-25 10:01');
    banner.day.world.stopTyping();
    banner.day.world.advance(60_000);
    expect(banner.day.shown).toEqual(['10:00 movement']);
    expect(banner.screen).toEqual([]);
  });

  it('never covers something full screen: waits for it to end, and gives up when the reminder is answered elsewhere', () => {
    const { day, screen, fullScreen } = dayWithBreakScreen('screen');
    day.world.until('2026-11-25 09:59');
    day.world.stopTyping();
    // The scheduler's own detectors held nothing, so the reminder comes; its screen does not.
    const video = fullScreen();
    video.begin('full-screen');
    day.world.until('2026-11-25 10:05');
    expect(screen).toEqual([]);
    video.end();
    expect(screen).toEqual(['10:05 open movement']);

    const other = dayWithBreakScreen('screen');
    other.day.world.until('2026-11-25 10:00');
    other.day.answer('snooze-5');
    other.day.world.stopTyping();
    other.day.world.advance(60_000);
    expect(other.screen).toEqual([]);
  });

  it('closes when the reminder is withdrawn unanswered, and looks at full screen only while a screen waits', () => {
    const { day, screen, fullScreen } = dayWithBreakScreen('screen', 1_000);
    day.world.until('2026-11-25 09:59');
    day.world.stopTyping();
    day.world.until('2026-11-25 10:00');
    expect(fullScreen().watched()).toEqual(['full-screen']);
    day.world.advance(1_000);
    expect(screen).toEqual(['10:00 open movement']);
    expect(fullScreen().watched()).toEqual([]);
    day.world.until('2026-11-25 10:11');
    expect(screen).toEqual(['10:00 open movement', '10:10 close']);
    expect(day.outcomes.map((o) => o.outcome)).toEqual(['ignored']);
  });
});

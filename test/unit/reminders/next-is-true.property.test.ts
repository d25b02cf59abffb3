import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../electron/core/reminders/scheduler-ports';
import { MINUTE, startDay } from '../../support/fake-world';

// "Next: … at 10:30" is a promise. After any history of typing, breaks, answers, pauses, locks and
// do-not-disturb, if the person then keeps working and the card names a reminder and a time,
// that reminder is the first one shown, at that time.

type Step =
  | { type: 'type'; minutes: number }
  | { type: 'idle'; minutes: number }
  | { type: 'answer'; response: Response }
  | { type: 'pause'; minutes: number }
  | { type: 'resume' }
  | { type: 'lock'; minutes: number }
  | { type: 'do-not-disturb'; minutes: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ type: fc.constant('type' as const), minutes: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ type: fc.constant('idle' as const), minutes: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ type: fc.constant('answer' as const), response: fc.constantFrom<Response>('done', 'skip', 'snooze-5', 'snooze-10') }),
  fc.record({ type: fc.constant('pause' as const), minutes: fc.integer({ min: 5, max: 120 }) }),
  fc.record({ type: fc.constant('resume' as const) }),
  fc.record({ type: fc.constant('lock' as const), minutes: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ type: fc.constant('do-not-disturb' as const), minutes: fc.integer({ min: 1, max: 60 }) }),
);

const settings = fc.record({
  posture: fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 5, max: 60 }), breakMinutes: fc.integer({ min: 1, max: 10 }) }),
  movement: fc.record({ enabled: fc.boolean(), everyMinutes: fc.integer({ min: 20, max: 120 }), breakMinutes: fc.integer({ min: 1, max: 15 }) }),
  magnesium: fc.record({ enabled: fc.boolean(), time: fc.constantFrom('10:30', '13:05', '17:20', '22:00') }),
  workingHours: fc.record({ enabled: fc.boolean(), days: fc.constant<number[]>([1, 2, 3, 4, 5]), start: fc.constant('09:00'), end: fc.constant('17:30') }),
});

describe('the next reminder the card names', () => {
  it('is the one that comes, at the time it says, when the person keeps working', () => {
    fc.assert(
      fc.property(settings, fc.integer({ min: 7 * 60, max: 20 * 60 }), fc.array(step, { maxLength: 12 }), (patch, startMinute, steps) => {
        const day = startDay('2026-11-25 00:00', patch);
        day.autoAnswer = null;
        day.world.advance(startMinute * MINUTE);
        for (const s of steps) {
          if (s.type === 'type') day.world.advance(s.minutes * MINUTE);
          else if (s.type === 'idle') {
            day.world.stopTyping();
            day.world.advance(s.minutes * MINUTE);
            day.world.startTyping();
          } else if (s.type === 'answer') {
            const open = day.scheduler.status().open[0];
            if (open) day.scheduler.respond(open.id, s.response);
          } else if (s.type === 'pause') day.scheduler.pause(day.world.now() + s.minutes * MINUTE);
          else if (s.type === 'resume') day.scheduler.resume();
          else if (s.type === 'lock') {
            day.scheduler.systemEvent('lock');
            day.world.advance(s.minutes * MINUTE);
            day.scheduler.systemEvent('unlock');
          } else {
            day.scheduler.setDoNotDisturb(true);
            day.world.advance(s.minutes * MINUTE);
            day.scheduler.setDoNotDisturb(false);
          }
        }
        // The person answers what is open and keeps working: the promise is about what comes next.
        // (Answering one can bring up another that waited behind it.)
        for (let open = day.scheduler.status().open[0]; open; open = day.scheduler.status().open[0]) day.scheduler.respond(open.id, 'done');
        const { next } = day.scheduler.status();
        if (!next) return;
        const before = day.reminders.length;
        day.world.advance(next.at - day.world.now() + MINUTE);
        const first = day.reminders[before];
        // The scheduler's one-second minimum sleep is the only slack.
        const late = first ? first.shownAt - next.at : null;
        expect({ id: first?.reminderId, onTime: late !== null && late >= 0 && late <= 1000, late }).toEqual({ id: next.reminderId, onTime: true, late });
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

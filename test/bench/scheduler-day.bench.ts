import { bench, describe } from 'vitest';
import type { Reminder } from '../../electron/core/reminders/reminder-list';
import { MINUTE, startDay } from '../support/fake-world';

const desk = (id: string, everyMinutes: number, breakMinutes: number): Reminder => ({
  id, name: id, message: '', enabled: true, routineId: null, schedule: { type: 'desk-time', everyMinutes, breakMinutes },
});
const clock = (id: string, times: string[], days: number[]): Reminder => ({ id, name: id, message: '', enabled: true, routineId: null, schedule: { type: 'clock', times, days } });

/** Ten reminders at once: the four built-ins on, three more desk-time ones and three at clock times. */
const TEN = {
  checkIn: { enabled: true },
  magnesium: { enabled: true },
  own: [
    desk('water', 20, 2),
    desk('eyes', 45, 4),
    desk('walk', 90, 8),
    clock('stretch', ['10:15', '15:45'], [1, 2, 3, 4, 5]),
    clock('lunch', ['12:00'], [0, 1, 2, 3, 4, 5, 6]),
    clock('wednesday', ['16:30'], [3]),
  ],
};

/**
 * An 8-hour day at the desk (09:00–17:00): typing, a 10-minute coffee break, a suspend over a
 * 45-minute lunch, a 2-minute lock, and every reminder answered; the same day again with a 1-hour
 * call (13:30–14:30) spent listening, without touching the keyboard; and with ten reminders at
 * once (six desk-time, four at clock times) on the one timer. Reports how often the
 * scheduler woke against the budget: due reminders + active minutes / natural-break length.
 * (Stretchly and BreakTimer tick every second: 28,800 wake-ups for the same day.)
 */
function simulateDay({ call, ten = false }: { call: boolean; ten?: boolean }) {
  const day = startDay('2026-11-25 09:00', ten ? TEN : {});
  const w = day.world;
  let awayMinutes = 0;
  w.until('2026-11-25 10:30');
  w.stopTyping();
  w.until('2026-11-25 10:40');
  awayMinutes += 10;
  w.startTyping();
  w.until('2026-11-25 12:30');
  day.scheduler.systemEvent('suspend');
  w.sleepFor(45 * MINUTE);
  day.scheduler.systemEvent('resume');
  awayMinutes += 45;
  if (call) {
    w.until('2026-11-25 13:30');
    day.quiet.begin('call');
    w.stopTyping();
    w.until('2026-11-25 14:30');
    w.startTyping();
    day.quiet.end();
  }
  w.until('2026-11-25 15:00');
  day.scheduler.systemEvent('lock');
  w.until('2026-11-25 15:02');
  day.scheduler.systemEvent('unlock');
  awayMinutes += 2;
  w.until('2026-11-25 17:00');
  day.scheduler.stop();
  const activeMinutes = 8 * 60 - awayMinutes;
  const shortestBreak = ten ? 2 : 3;
  return { wakeUps: day.scheduler.wakeUps, reminders: day.shown.length, budget: day.shown.length + activeMinutes / shortestBreak, activeMinutes };
}

for (const { call, ten } of [{ call: false }, { call: true }, { call: false, ten: true }]) {
  const before = process.cpuUsage();
  const result = simulateDay({ call, ten });
  const cpu = process.cpuUsage(before);
  console.log(
    `scheduler, simulated 8-hour day${call ? ' with a 1-hour call' : ''}${ten ? ' with 10 reminders' : ''}: ${result.wakeUps} wake-ups for ${result.reminders} reminders and ` +
      `${result.activeMinutes} active minutes; budget ${Math.floor(result.budget)} ` +
      `(${result.wakeUps <= result.budget ? 'within' : 'OVER'}); 1-second tick: 28,800; ` +
      `CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms for the whole day`,
  );
}

describe('reminder scheduler', () => {
  bench('simulate an 8-hour day', () => {
    simulateDay({ call: false });
  });
  bench('simulate an 8-hour day with a 1-hour call', () => {
    simulateDay({ call: true });
  });
  bench('simulate an 8-hour day with 10 reminders', () => {
    simulateDay({ call: false, ten: true });
  });
});

import { bench, describe } from 'vitest';
import { MINUTE, startDay } from '../support/fake-world';

/**
 * An 8-hour day at the desk (09:00–17:00): typing, a 10-minute coffee break, a suspend over a
 * 45-minute lunch, a 2-minute lock, and every reminder answered; the same day again with a 1-hour
 * call (13:30–14:30) spent listening, without touching the keyboard. Reports how often the
 * scheduler woke against the budget: due reminders + active minutes / natural-break length.
 * (Stretchly and BreakTimer tick every second: 28,800 wake-ups for the same day.)
 */
function simulateDay({ call }: { call: boolean }) {
  const day = startDay('2026-11-25 09:00');
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
  const shortestBreak = 3;
  return { wakeUps: day.scheduler.wakeUps, reminders: day.shown.length, budget: day.shown.length + activeMinutes / shortestBreak, activeMinutes };
}

for (const call of [false, true]) {
  const before = process.cpuUsage();
  const result = simulateDay({ call });
  const cpu = process.cpuUsage(before);
  console.log(
    `scheduler, simulated 8-hour day${call ? ' with a 1-hour call' : ''}: ${result.wakeUps} wake-ups for ${result.reminders} reminders and ` +
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
});

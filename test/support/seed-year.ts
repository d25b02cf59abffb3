import { addDays, format, parseISO } from 'date-fns';
import type { LimberCore } from '../../electron/core/limber-core';
import { occurrenceOn } from '../../electron/core/reminders/local-time';

/** A small, seeded pseudo-random source (mulberry32), so a seeded journal is the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeededYear {
  from: string;
  to: string;
  walkingDays: number;
}

/**
 * A year of a person's journal ending on `today`, with one real pattern: on days with 20 minutes
 * or more of walking, pain is about three points lower. Magnesium, yoga and acidic food are
 * logged at random, unrelated to pain; warm-ups are too rare to compare.
 */
export function seedYear(core: LimberCore, today: string, zone: string, seed = 7): SeededYear {
  const random = seededRandom(seed);
  // Reminders draw from their own stream, so weekdays do not shift the journal's pattern.
  const reminderRandom = seededRandom(seed + 1);
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const at = (day: string, time: string) => occurrenceOn(Date.parse(`${day}T12:00:00Z`), time, zone);
  const from = format(addDays(parseISO(today), -364), 'yyyy-MM-dd');
  const magnesium = core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
  let walkingDays = 0;
  core.db.transaction(() => {
    for (let i = 0; i < 365; i++) {
      const day = format(addDays(parseISO(from), i), 'yyyy-MM-dd');
      const walking = random() < 0.55;
      if (walking) {
        walkingDays++;
        core.activities.add({ startedAt: at(day, '12:30'), timeZone: zone, kind: 'walk', minutes: pick(20, 50), note: '' });
      } else if (random() < 0.2) {
        core.activities.add({ startedAt: at(day, '12:30'), timeZone: zone, kind: 'walk', minutes: 10, note: 'short one' });
      }
      if (random() < 0.15) core.activities.add({ startedAt: at(day, '18:00'), timeZone: zone, kind: 'yoga', minutes: 30, note: '' });
      if (i % 90 === 0) core.activities.add({ startedAt: at(day, '09:00'), timeZone: zone, kind: 'warm-up', minutes: 5, note: '' });
      if (random() < 0.9) {
        const pain = walking ? pick(1, 3) : pick(4, 6);
        core.checkIns.save({ day, timeZone: zone, pain, stiffness: pain, sleep: 7, note: i % 30 === 0 ? `Check-in note ${i / 30 + 1}` : '' });
      }
      if (random() < (walking ? 0.05 : 0.3)) {
        core.episodes.add({
          startedAt: at(day, '15:00'),
          timeZone: zone,
          intensity: walking ? 4 : pick(6, 8),
          areas: ['lower-back-left', 'lower-back-right'],
          durationMinutes: pick(20, 120),
          triggers: [random() < 0.5 ? 'posture' : 'lifting'],
          relief: ['heat'],
          reliefHelped: pick(0, 3),
          notes: `Seeded episode ${i}`,
        });
      }
      if (random() < 0.5) core.supplements.take({ supplementId: magnesium.id, startedAt: at(day, '22:00'), timeZone: zone, note: '' });
      core.food.add({ startedAt: at(day, '13:00'), timeZone: zone, tags: random() < 0.3 ? ['acidic-food-or-juice'] : ['vegetables'], note: '' });
      const weekday = parseISO(day).getDay();
      if (weekday !== 0 && weekday !== 6) {
        for (const hour of ['10:00', '11:00', '14:00', '16:00']) {
          const r = reminderRandom();
          const outcome = r < 0.6 ? 'done' : r < 0.8 ? 'snoozed' : r < 0.9 ? 'skipped' : 'ignored';
          const shownAt = at(day, hour);
          core.reminderLog.record({ reminderId: hour === '14:00' ? 'movement' : 'posture', shownAt, outcome, at: shownAt + 60_000, timeZone: zone });
        }
      }
    }
  })();
  return { from, to: today, walkingDays };
}

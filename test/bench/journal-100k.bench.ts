import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { afterAll, bench, describe } from 'vitest';
import { insights } from '../../electron/core/insights/insights';
import { INSIGHT_RANGES } from '../../electron/core/insights/insight-types';
import { timelinePage } from '../../electron/core/journal/timeline-query';
import { localDate } from '../../electron/core/reminders/local-time';
import { NOBODY } from '../../electron/core/report/report-person';
import { doctorReport } from '../../electron/core/report/doctor-report';
import { exportJournal, importJournal } from '../../electron/core/transfer/journal-transfer';
import { bundleChild } from '../support/bundle-child';
import { makeTestCore } from '../support/test-core';

/**
 * 100,000 mixed entries over five years, then the figures the issue budgets: insert p50/p99 (each
 * a real commit with synchronous=FULL), Today and Journal page queries, a text search, export and
 * import times, insights and the doctor report, and the process's RSS. Budgets: insert p99 < 1 ms,
 * pages < 10 ms, insights < 50 ms, RSS < 80 MB. Besides the 100,000 entries: a check-in every day
 * and four answered reminders every day, as a person using Limber for five years would have.
 */
const DAY = 86_400_000;
const START = Date.UTC(2021, 10, 25);
const END = Date.UTC(2026, 10, 25);
const t = makeTestCore();
const c = t.core;
afterAll(() => t.dispose());

const ms = (f: () => unknown) => {
  const s = performance.now();
  f();
  return performance.now() - s;
};
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (x: number) => `${x.toFixed(3)} ms`;

const magnesium = c.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
const seedTime = ms(() =>
  c.db.transaction(() => {
    for (let i = 0; i < 100_000; i++) {
      const startedAt = START + Math.floor((i / 100_000) * (END - START));
      const r = i % 20;
      if (r < 8) {
        c.episodes.add({ startedAt, timeZone: 'Europe/London', intensity: i % 11, areas: ['lower-back-left', 'lower-back-right'], durationMinutes: null, reliefHelped: null, triggers: i % 3 ? ['desk'] : ['lifting'], relief: ['heat'], notes: `episode ${i}` });
      } else if (r < 13) c.activities.add({ startedAt, timeZone: 'Europe/London', kind: 'walk', minutes: 20 + (i % 40), note: '' });
      else if (r < 17) c.supplements.take({ supplementId: magnesium.id, startedAt, timeZone: 'Europe/London', note: '' });
      else c.food.add({ startedAt, timeZone: 'Europe/London', tags: ['vegetables'], note: i % 7 ? '' : 'orange juice' });
    }
    for (let at = START; at < END; at += DAY) {
      c.checkIns.save({ day: localDate(at, 'Europe/London'), timeZone: 'Europe/London', pain: (at / DAY) % 7, stiffness: 3, sleep: 7, note: '' });
      for (const hour of [10, 11, 14, 16]) {
        c.reminderLog.record({ reminderId: 'posture', shownAt: at + hour * 3_600_000, outcome: hour === 16 ? 'skipped' : 'done', at: at + hour * 3_600_000, timeZone: 'Europe/London' });
      }
    }
  })(),
);

const inserts: number[] = [];
for (let i = 0; i < 1000; i++) {
  inserts.push(
    ms(() => c.episodes.add({ startedAt: END - i * 1000, timeZone: 'UTC', intensity: 5, areas: ['neck-left', 'neck-right'], durationMinutes: null, reliefHelped: null, triggers: [], relief: [], notes: '' })),
  );
}

const today = { from: END - DAY, to: END + DAY };
const todayTimes = Array.from({ length: 50 }, () => ms(() => timelinePage(c, { ...today, limit: 200 })));
const firstPage = Array.from({ length: 50 }, () => ms(() => timelinePage(c, { limit: 50 })));
let cursor = timelinePage(c, { limit: 200 }).next;
for (let i = 0; i < 200 && cursor; i++) cursor = timelinePage(c, { limit: 200, after: cursor }).next;
const deepPage = Array.from({ length: 20 }, () => ms(() => timelinePage(c, { limit: 50, after: cursor! })));
const search = Array.from({ length: 10 }, () => ms(() => timelinePage(c, { text: 'orange', limit: 50 })));
const episodesOnly = Array.from({ length: 20 }, () => ms(() => timelinePage(c, { kinds: ['episode'], limit: 50 })));

const todayKey = localDate(END, 'Europe/London');
const insightTimes = INSIGHT_RANGES.map((range) => {
  const times = Array.from({ length: 10 }, () => ms(() => insights(c.db, { range, today: todayKey })));
  return `${range} median ${fmt(pct(times, 50))}, max ${fmt(Math.max(...times))}`;
});
const reportTimes = (['3 months', '1 year'] as const).map((label) => {
  const from = label === '1 year' ? localDate(END - 364 * DAY, 'Europe/London') : localDate(END - 91 * DAY, 'Europe/London');
  const times = Array.from({ length: 10 }, () => ms(() => doctorReport(c.episodes, { from, to: todayKey }, NOBODY)));
  return `${label} median ${fmt(pct(times, 50))}`;
});

let file: ReturnType<typeof exportJournal> | undefined;
const exportTime = ms(() => (file = JSON.parse(JSON.stringify(exportJournal(c)))));
const target = makeTestCore();
const importTime = ms(() => importJournal(target.core, file));
const reimportTime = ms(() => importJournal(target.core, file));
target.dispose();
// The core's own memory: a fresh process opens this journal and runs the everyday queries.
const probe = spawnSync(process.execPath, [await bundleChild('test/support/rss-probe.ts'), t.dataDir], { encoding: 'utf8' });
const { rssMb, heapMb } = JSON.parse(probe.stdout) as { rssMb: number; heapMb: number };

console.log(
  [
    `journal at 101,000 entries (seeded in ${(seedTime / 1000).toFixed(1)} s):`,
    `  insert, one commit each: p50 ${fmt(pct(inserts, 50))}, p99 ${fmt(pct(inserts, 99))} (budget p99 < 1 ms)`,
    `  Today (all kinds, one day): median ${fmt(pct(todayTimes, 50))}, max ${fmt(Math.max(...todayTimes))}`,
    `  Journal first page (50): median ${fmt(pct(firstPage, 50))}; page 200 deep: median ${fmt(pct(deepPage, 50))}; episodes only: median ${fmt(pct(episodesOnly, 50))} (budget < 10 ms)`,
    `  text search "orange": median ${fmt(pct(search, 50))}`,
    `  insights (pain per day, weekly totals, supplements, habit comparisons): ${insightTimes.join('; ')} (budget < 50 ms)`,
    `  doctor report: ${reportTimes.join('; ')}`,
    `  export (JSON, ${file!.episodes.length + file!.activities.length + file!.supplementDoses.length + file!.food.length} entries, ${(JSON.stringify(file).length / 1e6).toFixed(1)} MB): ${fmt(exportTime)}; import into an empty journal: ${fmt(importTime)}; re-import (adds nothing): ${fmt(reimportTime)}`,
    `  core process RSS with this journal open, after paging and searching: ${rssMb.toFixed(0)} MB (heap ${heapMb.toFixed(0)} MB; budget < 80 MB)`,
  ].join('\n'),
);

describe('journal at 100,000 entries', () => {
  bench('timeline first page', () => {
    timelinePage(c, { limit: 50 });
  });
});

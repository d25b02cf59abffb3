import { performance } from 'node:perf_hooks';
import { afterAll, bench, describe } from 'vitest';
import { exportJournal } from '../../electron/core/transfer/journal-transfer';
import { bundleChild } from '../support/bundle-child';
import { makeTestCore, type TestCore } from '../support/test-core';

/**
 * A 100,000-entry import, as the person starts it from Settings: throughput, and how long other
 * calls wait for an answer meanwhile (a journal page every 10 ms). Target: every answer within
 * 100 ms while the import runs in its worker. For comparison, the same import on the calling
 * thread, where a call waits for the whole import.
 */
const ENTRIES = 100_000;
const cores: TestCore[] = [];
afterAll(() => cores.forEach((t) => t.dispose()));

const source = makeTestCore();
cores.push(source);
const magnesium = source.core.supplements.addSupplement({ name: 'Magnesium', defaultDose: '200 mg' });
source.core.db.transaction(() => {
  for (let i = 0; i < ENTRIES; i++) {
    const startedAt = Date.UTC(2021, 10, 25) + i * 1_500_000;
    const base = { startedAt, timeZone: 'Europe/London' };
    if (i % 20 < 8) source.core.episodes.add({ ...base, intensity: i % 11, areas: ['lower-back-left'], durationMinutes: null, reliefHelped: null, triggers: ['desk'], relief: ['heat'], notes: `episode ${i}` });
    else if (i % 20 < 13) source.core.activities.add({ ...base, kind: 'walk', minutes: 20, note: '' });
    else if (i % 20 < 17) source.core.supplements.take({ ...base, supplementId: magnesium.id, note: '' });
    else source.core.food.add({ ...base, tags: ['vegetables'], note: '' });
  }
})();
const text = JSON.stringify(exportJournal(source.core));
const worker = await bundleChild('electron/core/transfer/import-worker.ts');

/** Imports into a fresh journal while asking for a page every 10 ms; returns the import time and each answer's wait. */
async function importWhileAsking(withWorker: boolean): Promise<{ importMs: number; waits: number[] }> {
  const t = makeTestCore(undefined, undefined, withWorker ? { importWorker: worker } : {});
  cores.push(t);
  const waits: number[] = [];
  let done = false;
  // A call is due every 10 ms; its wait runs from when it was due to its answer, so a thread
  // held by the import shows as the time the call could not even start.
  const asking = (async () => {
    while (!done) {
      const due = performance.now() + 10;
      await new Promise((resolve) => setTimeout(resolve, 10));
      await t.dispatch('journal.timeline', { limit: 50 });
      waits.push(performance.now() - due);
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 25));
  const start = performance.now();
  const importMs = await t.dispatch('data.importJson', { text }).then((reply) => {
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    done = true;
    return performance.now() - start;
  });
  await asking;
  return { importMs, waits };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const report = (label: string, { importMs, waits }: { importMs: number; waits: number[] }) =>
  `  ${label}: ${(importMs / 1000).toFixed(2)} s (${Math.round(ENTRIES / (importMs / 1000)).toLocaleString('en')} entries/s); ` +
  `${waits.length} page calls meanwhile, answered in p50 ${pct(waits, 50).toFixed(1)} ms, p99 ${pct(waits, 99).toFixed(1)} ms, max ${Math.max(...waits).toFixed(1)} ms`;

const inWorker = await importWhileAsking(true);
const inProcess = await importWhileAsking(false);
const bodyStart = performance.now();
JSON.parse(JSON.stringify({ text }));
const bodyMs = performance.now() - bodyStart;
console.log(
  [
    `import of ${ENTRIES.toLocaleString('en')} entries (${(text.length / 1e6).toFixed(1)} MB):`,
    report('in a worker (the app)', inWorker) + ' (target: max < 100 ms)',
    report('on the calling thread (before)', inProcess),
    `  the preview host's parse of that request body on its own thread: ${bodyMs.toFixed(1)} ms`,
  ].join('\n'),
);

describe('import', () => {
  bench('page call while idle', async () => {
    await source.dispatch('journal.timeline', { limit: 50 });
  });
});

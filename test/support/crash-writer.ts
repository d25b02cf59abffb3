// Child process for the crash test: adds episodes through the real journal as fast as it can and
// prints each id once add() has returned (committed), until it is killed.
import { createCore } from '../../electron/core/limber-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer DATA_DIR');
const core = createCore({ dataDir, clock: { now: () => Date.now() } });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const episode = core.episodes.add({
    startedAt: Date.UTC(2026, 0, 1) + i * 60_000,
    timeZone: 'UTC',
    intensity: i % 11,
    areas: ['lower-back-left', 'lower-back-right'], durationMinutes: null, reliefHelped: null,
    triggers: ['crash test'],
    relief: [],
    notes: `entry ${i}`,
  });
  // A pipe write is synchronous on Linux: the parent has every acknowledged id before it kills.
  process.stdout.write(`${episode.id}\n`);
}

// Child process for the benchmark: opens a journal, runs the everyday queries, reports its memory.
import { timelinePage } from '../../electron/core/journal/timeline-query';
import { createCore } from '../../electron/core/limber-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: rss-probe DATA_DIR');
const core = createCore({ dataDir, clock: { now: () => Date.now() } });
let cursor = timelinePage(core, { limit: 200 }).next;
for (let i = 0; i < 100 && cursor; i++) cursor = timelinePage(core, { limit: 200, after: cursor }).next;
timelinePage(core, { text: 'orange', limit: 50 });
core.advice.search('magnesium', 20);
const { rss, heapUsed } = process.memoryUsage();
process.stdout.write(JSON.stringify({ rssMb: rss / 1048576, heapMb: heapUsed / 1048576 }));
core.close();

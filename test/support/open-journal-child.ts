// Child process: starts the core on a data folder and prints what happened as one JSON line, so a
// test can run it as another user (setpriv) against a journal that user may not read.
import { createCore } from '../../electron/core/limber-core';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: open-journal-child DATA_DIR');
try {
  const core = createCore({ dataDir, clock: { now: () => Date.now() } });
  process.stdout.write(`${JSON.stringify({ opened: true, startup: core.startup.status })}\n`);
  core.close();
} catch (error) {
  const { code, message } = error as { code?: string; message: string };
  process.stdout.write(`${JSON.stringify({ opened: false, code, message })}\n`);
}

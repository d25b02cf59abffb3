// Child process for the kill tests: starts Limber on a data folder (which finishes or undoes what a
// kill interrupted, and sets aside what it must), optionally restores a backup the way the app
// does, and prints one JSON line. A test runs it under `strace -e inject=…:signal=KILL` to kill it
// at a chosen file operation.
import { restoreInPlace } from '../../electron/core/backup/restore-in-place';
import { startupNotices } from '../../electron/core/backup/startup-notices';
import { createCore } from '../../electron/core/limber-core';

const [dataDir, backupToRestore] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: recovery-child DATA_DIR [BACKUP_NAME]');
void (async () => {
  const core = createCore({ dataDir, clock: { now: () => Date.now() } });
  const notices = startupNotices(core.startup);
  const keptAs = backupToRestore ? await restoreInPlace(core, backupToRestore, async () => core.close()) : null;
  if (core.db.open) core.close();
  process.stdout.write(`${JSON.stringify({ startup: core.startup.status, notices, keptAs })}\n`);
})();

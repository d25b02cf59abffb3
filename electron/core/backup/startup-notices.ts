import { DATABASE_FILE, type StartupReport } from '../limber-core';

/**
 * What the person is told at start about moves Limber made without asking: finishing one a kill
 * interrupted, and setting aside a WAL from another journal. (A damaged or missing journal is
 * asked about while it happens, through `onDamaged`/`onMissing`.)
 */
export function startupNotices(report: StartupReport): string[] {
  const notices: string[] = [];
  const { resumed } = report;
  if (resumed?.kind === 'restore') {
    notices.push(
      `Limber was stopped while restoring a backup, and has finished the restore now. The journal it replaced is kept unchanged as ${resumed.keptAs}.`,
    );
  } else if (resumed?.kind === 'set-aside') {
    notices.push(`Limber was stopped while setting aside a damaged journal, and has finished that now: it is kept unchanged as ${resumed.keptAs}.`);
  }
  const foreign = report.status === 'foreign-wal' ? report.keptAs : resumed?.kind === 'foreign-wal' ? resumed.keptAs : null;
  if (foreign) {
    notices.push(
      `The file ${DATABASE_FILE}-wal beside your journal came from another journal, so Limber did not apply it. ` +
        `Your journal is open as it was last saved. That file is kept as ${foreign}-wal, with a copy of your journal as ${foreign}, so nothing is lost.`,
    );
  }
  return notices;
}

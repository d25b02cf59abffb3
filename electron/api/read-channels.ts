import type { Contract } from './contract';

type ChannelName = { [G in keyof Contract]: `${G & string}.${keyof Contract[G] & string}` }[keyof Contract];

/**
 * The channels that only read the journal. While an import is writing on its own connection they
 * are answered at once (they see the journal as it was); every other call waits for the import
 * to finish, asynchronously, instead of blocking the thread on SQLite's lock. A test runs each of
 * these against a journal that refuses writes, so a channel that writes cannot stay on this list.
 */
export const READ_CHANNELS: ReadonlySet<string> = new Set<ChannelName>([
  'journal.timeline',
  'journal.listEpisodes',
  'journal.listActivities',
  'journal.listSupplements',
  'journal.listSupplementDoses',
  'journal.listFood',
  'journal.checkIn',
  'journal.listCheckIns',
  'advice.overview',
  'advice.item',
  'advice.search',
  'advice.saved',
  'advice.tipOfTheDay',
  'routines.list',
  'routines.get',
  'reminders.status',
  'reminders.settings',
  'reminders.quietDetectors',
  'data.exportJson',
  'data.exportCsv',
  'data.backups',
  'data.backupHealth',
  'insights.overview',
  'report.build',
  'report.pdfSupported',
  'settings.get',
  'settings.autostart',
]);

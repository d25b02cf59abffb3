import type { Contract } from './contract';

/**
 * The contract's channel names without its schemas, for code that runs in the page (preload,
 * preview client, renderer) and must not carry zod. The compiler checks this list against
 * `contract` both ways: a channel missing here, or named here but not there, fails the build.
 */
export const channelNames = {
  journal: [
    'timeline',
    'addEpisode',
    'listEpisodes',
    'updateEpisode',
    'deleteEpisode',
    'restoreEpisode',
    'addActivity',
    'listActivities',
    'updateActivity',
    'deleteActivity',
    'restoreActivity',
    'addSupplement',
    'listSupplements',
    'archiveSupplement',
    'takeSupplement',
    'listSupplementDoses',
    'updateSupplementDose',
    'deleteSupplementDose',
    'restoreSupplementDose',
    'addFood',
    'listFood',
    'updateFood',
    'deleteFood',
    'restoreFood',
    'saveCheckIn',
    'checkIn',
    'listCheckIns',
    'deleteCheckIn',
    'restoreCheckIn',
  ],
  advice: ['overview', 'item', 'search', 'setSaved', 'saved', 'nextTip', 'tipOfTheDay'],
  routines: ['list', 'get', 'save', 'copy', 'delete', 'restore'],
  reminders: ['status', 'settings', 'updateRules', 'saveReminder', 'removeReminder', 'restoreReminder', 'respond', 'pause', 'resume', 'setDoNotDisturb', 'quietDetectors'],
  data: ['exportJson', 'exportCsv', 'backups', 'backupHealth', 'restoreBackup', 'importJson'],
  insights: ['overview'],
  report: ['build', 'pdfSupported', 'savePdf'],
  settings: ['get', 'acknowledgeNotice', 'setReportPerson', 'setCheckInFactors', 'setSingleKeyShortcuts', 'autostart', 'setAutostart'],
} as const satisfies { [G in keyof Contract]: readonly (keyof Contract[G])[] };

type Unlisted = {
  [G in keyof Contract]: Exclude<keyof Contract[G], (typeof channelNames)[G][number]>;
}[keyof Contract];
type UnknownGroups = Exclude<keyof typeof channelNames, keyof Contract>;
export const everyChannelListed: [Unlisted | UnknownGroups] extends [never] ? true : Unlisted | UnknownGroups = true;

/** Calls `make` for each channel's wire name `group.method` and nests the results like the contract. */
export function mapChannels<T>(make: (name: string) => T): Record<string, Record<string, T>> {
  const groups: Record<string, Record<string, T>> = {};
  for (const [group, methods] of Object.entries(channelNames)) {
    groups[group] = Object.fromEntries(methods.map((method) => [method, make(`${group}.${method}`)]));
  }
  return groups;
}

import type { PauseChoice } from '../reminders/reminder-service';
import type { ReminderKind } from '../reminders/reminder-settings';
import type { ReminderStatus, Response } from '../reminders/scheduler';

/** What a tray item does; the shell maps each to a call, the model decides which exist. */
export type TrayAction =
  | { type: 'quick-tip' }
  | { type: 'open' }
  | { type: 'quit' }
  | { type: 'warm-up' }
  | { type: 'log-pain' }
  | { type: 'pause'; for: PauseChoice }
  | { type: 'resume' }
  | { type: 'do-not-disturb'; on: boolean }
  | { type: 'respond'; id: string; response: Response };

export type TrayItem =
  | { kind: 'action'; label: string; action: TrayAction; checked?: boolean }
  | { kind: 'label'; label: string }
  | { kind: 'submenu'; label: string; items: TrayItem[] }
  | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  items: TrayItem[];
}

const NAMES: Readonly<Record<ReminderKind, string>> = {
  posture: 'change position',
  movement: 'movement break',
  checkIn: 'evening check-in',
  magnesium: 'magnesium',
};

function time(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** One line for the tooltip and the menu's first row: what comes next, or why nothing does. */
export function headline(status: ReminderStatus, zone: string): string {
  const open = status.pending[0];
  if (open) return `${open.title}: waiting for you`;
  if (status.mode === 'paused' && status.pausedUntil !== null) return `Paused until ${time(status.pausedUntil, zone)}`;
  if (status.mode === 'do-not-disturb') return 'Do not disturb';
  if (!status.next) return 'No reminder coming up';
  const minutes = Math.round(status.next.inMs / 60_000);
  return `Next: ${NAMES[status.next.kind]} in ${minutes} min`;
}

/** The tray menu for the current reminder status. */
export function buildTrayModel(status: ReminderStatus, zone: string): TrayModel {
  const line = headline(status, zone);
  const items: TrayItem[] = [{ kind: 'label', label: line }];
  if (status.why) items.push({ kind: 'label', label: `(${status.why})` });
  for (const reminder of status.pending) {
    items.push({
      kind: 'submenu',
      label: reminder.title,
      items: [
        { kind: 'action', label: 'Done', action: { type: 'respond', id: reminder.id, response: 'done' } },
        { kind: 'action', label: 'Snooze 5 min', action: { type: 'respond', id: reminder.id, response: 'snooze-5' } },
        { kind: 'action', label: 'Snooze 10 min', action: { type: 'respond', id: reminder.id, response: 'snooze-10' } },
        { kind: 'action', label: 'Skip', action: { type: 'respond', id: reminder.id, response: 'skip' } },
      ],
    });
  }
  items.push(
    { kind: 'separator' },
    { kind: 'action', label: 'Log pain…', action: { type: 'log-pain' } },
    { kind: 'action', label: 'Start a warm-up now', action: { type: 'warm-up' } },
    status.mode === 'paused'
      ? { kind: 'action', label: 'Resume reminders', action: { type: 'resume' } }
      : {
          kind: 'submenu',
          label: 'Pause reminders',
          items: [
            { kind: 'action', label: 'For 30 minutes', action: { type: 'pause', for: '30-minutes' } },
            { kind: 'action', label: 'For 1 hour', action: { type: 'pause', for: '1-hour' } },
            { kind: 'action', label: 'Until tomorrow', action: { type: 'pause', for: 'tomorrow' } },
          ],
        },
    {
      kind: 'action',
      label: 'Do not disturb',
      checked: status.doNotDisturb,
      action: { type: 'do-not-disturb', on: !status.doNotDisturb },
    },
    { kind: 'separator' },
    { kind: 'action', label: 'Quick tip', action: { type: 'quick-tip' } },
    { kind: 'action', label: 'Open Limber', action: { type: 'open' } },
    { kind: 'action', label: 'Quit Limber', action: { type: 'quit' } },
  );
  return { tooltip: `Limber: ${line}`, items };
}

import type { PauseChoice } from '../reminders/reminder-service';
import type { ReminderStatus } from '../reminders/reminder-status';
import { headlineWords, statusWords, type TimeWords } from '../reminders/reminder-words';
import type { Response } from '../reminders/scheduler-ports';

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

/** The tray menu for the current reminder status. */
export function buildTrayModel(status: ReminderStatus, t: TimeWords): TrayModel {
  const line = headlineWords(status, t);
  const words = statusWords(status, t);
  const items: TrayItem[] = [{ kind: 'label', label: line }];
  const detail = words.held ?? words.nextWhy;
  if (detail) items.push({ kind: 'label', label: detail });
  for (const reminder of status.open) {
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

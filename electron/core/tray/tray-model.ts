/** What the tray shows, decided in core so it can be tested; the shell only renders it. */
export type TrayAction = 'quick-tip' | 'open' | 'quit';

export type TrayItem = { kind: 'action'; action: TrayAction; label: string } | { kind: 'separator' };

export interface TrayModel {
  tooltip: string;
  items: TrayItem[];
}

export function buildTrayModel(): TrayModel {
  return {
    tooltip: 'Limber',
    items: [
      { kind: 'action', action: 'quick-tip', label: 'Quick tip' },
      { kind: 'separator' },
      { kind: 'action', action: 'open', label: 'Open Limber' },
      { kind: 'action', action: 'quit', label: 'Quit Limber' },
    ],
  };
}

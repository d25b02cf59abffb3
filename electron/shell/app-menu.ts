import { app, Menu, type MenuItemConstructorOptions } from 'electron';

export interface AppMenuActions {
  open(route: string): void;
  logPain(): void;
}

/**
 * Limber's own menu. Electron's default one links to electronjs.org and offers Reload and
 * DevTools; here those stay for development only. Quit is always in it: where no tray icon shows
 * (GNOME without an AppIndicator extension) the window is the only way out.
 */
export function setAppMenu(actions: AppMenuActions, development: boolean): void {
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&Limber',
      submenu: [
        { label: 'Log pain…', accelerator: 'CmdOrCtrl+L', click: () => actions.logPain() },
        { label: 'Today', click: () => actions.open('#/') },
        { label: 'Journal', click: () => actions.open('#/journal') },
        { label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => actions.open('#/settings') },
        { type: 'separator' },
        { role: 'close', label: 'Close window (reminders keep running)' },
        ...(mac ? [] : [{ label: 'Quit Limber', accelerator: 'CmdOrCtrl+Q', click: () => app.quit() }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(development ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Advice, and when to see a doctor', click: () => actions.open('#/advice') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

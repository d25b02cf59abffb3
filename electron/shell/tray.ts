import path from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayItem, TrayModel } from '../core/tray/tray-model';

/**
 * Renders core's tray model; every action goes to one handler the composition root gives. macOS
 * gets a template image (black and alpha), which the menu bar tints for light and dark.
 */
export function createTray(trayDir: string, perform: (action: TrayAction) => void) {
  const mac = process.platform === 'darwin';
  const image = nativeImage.createFromPath(path.join(trayDir, mac ? 'trayTemplate.png' : 'tray.png'));
  if (mac) image.setTemplateImage(true);
  const tray = new Tray(image);
  const toMenu = (items: TrayItem[]): MenuItemConstructorOptions[] =>
    items.map((item) => {
      switch (item.kind) {
        case 'separator':
          return { type: 'separator' };
        case 'label':
          return { label: item.label, enabled: false };
        case 'submenu':
          return { label: item.label, submenu: toMenu(item.items) };
        case 'action':
          return item.checked === undefined
            ? { label: item.label, click: () => perform(item.action) }
            : { label: item.label, type: 'checkbox', checked: item.checked, click: () => perform(item.action) };
      }
    });
  let shown = '';
  return {
    tray,
    /** Sets the menu only when it changed: on Linux a new menu closes the one the person has open. */
    render(model: TrayModel) {
      const next = JSON.stringify(model);
      if (next === shown) return;
      shown = next;
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(toMenu(model.items)));
    },
  };
}

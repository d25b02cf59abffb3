import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayItem, TrayModel } from '../core/tray/tray-model';

/** Renders core's tray model; every action goes to one handler the composition root gives. */
export function createTray(iconFile: string, perform: (action: TrayAction) => void) {
  const tray = new Tray(nativeImage.createFromPath(iconFile));
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
  return {
    tray,
    render(model: TrayModel) {
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(toMenu(model.items)));
    },
  };
}

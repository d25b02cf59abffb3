import { Menu, Tray, nativeImage } from 'electron';
import type { TrayAction, TrayModel } from '../core/tray/tray-model';

/** Renders core's tray model; each action goes to the handler the composition root gives. */
export function createTray(iconFile: string, model: TrayModel, handlers: Readonly<Record<TrayAction, () => void>>): Tray {
  const tray = new Tray(nativeImage.createFromPath(iconFile));
  tray.setToolTip(model.tooltip);
  tray.setContextMenu(
    Menu.buildFromTemplate(
      model.items.map((item) =>
        item.kind === 'separator' ? { type: 'separator' as const } : { label: item.label, click: handlers[item.action] },
      ),
    ),
  );
  return tray;
}

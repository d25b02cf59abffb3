import { Notification } from 'electron';
import type { TipView } from '../core/advice/views';

/**
 * Shows tips as desktop notifications; clicking one (or, where notifications are unsupported or
 * refused, straight away) opens the advice item it comes from. The newest tip stays referenced
 * until the next one replaces it: a garbage-collected notification ignores clicks (electron#12690).
 */
export function quickTips(openItem: (itemId: string) => void) {
  let current: Notification | null = null;
  return (tip: TipView): void => {
    if (!Notification.isSupported()) return openItem(tip.itemId);
    const notification = new Notification({ title: 'Limber: quick tip', body: tip.text, silent: true });
    notification.on('click', () => openItem(tip.itemId));
    notification.on('failed', () => openItem(tip.itemId));
    current?.close();
    current = notification;
    notification.show();
  };
}

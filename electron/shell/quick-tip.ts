import { Notification } from 'electron';
import type { TipView } from '../core/advice/views';

/**
 * Shows a tip as a desktop notification; clicking it (or, where notifications are unsupported,
 * straight away) opens the advice item it comes from.
 */
export function showQuickTip(tip: TipView, openItem: (itemId: string) => void): void {
  if (!Notification.isSupported()) return openItem(tip.itemId);
  const notification = new Notification({ title: 'Limber: quick tip', body: tip.text, silent: true });
  notification.on('click', () => openItem(tip.itemId));
  notification.show();
}

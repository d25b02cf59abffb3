import type { BrowserWindow } from 'electron';
import type { BreakScreenPort } from '../core/reminders/break-screen';
import { createMainWindow, type WindowSize } from './main-window';

const BREAK_WINDOW: WindowSize = { width: 560, height: 760 };

/**
 * The break screen as a window of its own: shown without taking the keyboard (showInactive) and
 * never set always-on-top, so what the person is working in keeps the keys and a full-screen app
 * stays in front. One per reminder; closed when the reminder is answered or withdrawn.
 */
export function breakWindows(preload: string, devTools: boolean): BreakScreenPort {
  const open = new Map<string, BrowserWindow>();
  return {
    open(reminder) {
      if (open.has(reminder.id)) return;
      const window = createMainWindow(preload, devTools, `#/break/${encodeURIComponent(reminder.id)}`, BREAK_WINDOW, true);
      open.set(reminder.id, window);
      window.on('closed', () => open.delete(reminder.id));
    },
    close(id) {
      const window = open.get(id);
      open.delete(id);
      if (window && !window.isDestroyed()) window.close();
    },
  };
}

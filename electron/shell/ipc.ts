import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../api/bridge';
import { channels } from '../api/contract';
import type { Dispatch } from '../api/dispatch';
import { isAppUrl } from './app-protocol';

/** Binds every contract channel to ipcMain.handle; calls from any frame but Limber's own page are refused. */
export function bindIpc(dispatch: Dispatch): void {
  for (const { name } of channels) {
    ipcMain.handle(name, (event, payload: unknown) => (isTrustedSender(event) ? dispatch(name, payload) : forbidden(name)));
  }
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

function forbidden(name: string): Envelope<never> {
  return { ok: false, error: { code: 'forbidden', message: `${name} may only be called by Limber's own window.`, issues: [] } };
}

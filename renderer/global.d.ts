import type { LimberBridge } from '../electron/api/bridge';

declare global {
  interface Window {
    /** Provided by the Electron preload or by the preview host's injected client. */
    readonly limber: LimberBridge;
  }
}

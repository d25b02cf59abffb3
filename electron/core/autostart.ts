/** Starting Limber at login, as the host can do it. */
export interface Autostart {
  /** Whether Limber starts at login; null where this host cannot do it (the preview). */
  state(): AutostartState | null;
  set(on: boolean): void;
}

export interface AutostartState {
  enabled: boolean;
  /** macOS registered the login item but waits for the person to allow it in System Settings. */
  needsApproval: boolean;
}

/** What Settings shows; the shape of the `settings.autostart` channel. */
export interface AutostartView extends AutostartState {
  supported: boolean;
}

export const NO_AUTOSTART: Autostart = {
  state: () => null,
  set: () => {
    throw new Error('starting at login is not available here');
  },
};

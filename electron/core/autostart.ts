/** Starting Limber at login, as the host can do it. */
export interface Autostart {
  /** Whether Limber starts at login; null where this host cannot do it (the preview). */
  enabled(): boolean | null;
  set(on: boolean): void;
}

export const NO_AUTOSTART: Autostart = {
  enabled: () => null,
  set: () => {
    throw new Error('starting at login is not available here');
  },
};

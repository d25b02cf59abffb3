// Why now is a bad moment to interrupt, as the operating system shows it: a call, a presentation
// or full-screen app, the system's own do-not-disturb. Adapters per OS live outside the core
// (electron/desktop/quiet/); the scheduler only sees this port.

export type QuietReason = 'call' | 'full-screen' | 'system-do-not-disturb';

export interface Quiet {
  reason: QuietReason;
  /** Wall time it was first seen. */
  since: number;
}

/** In a call or presenting, the person is at the computer however long they go without typing. */
export const PRESENT_WHILE: ReadonlySet<QuietReason> = new Set(['call', 'full-screen']);

export const QUIET_REASONS: readonly QuietReason[] = ['call', 'full-screen', 'system-do-not-disturb'];

/** How one kind of bad moment is seen on this computer, or why it cannot be. */
export interface QuietDetector {
  reason: QuietReason;
  available: boolean;
  /** "PipeWire/PulseAudio recording streams", "not detectable on Wayland". */
  how: string;
}

export interface QuietSource {
  /** Every bad moment seen now among those watched, first seen first; empty when it is a fine one. */
  current(): readonly Quiet[];
  /** Whether `current()` is up to date for what is watched: event-fed, or looked at since watched. */
  fresh(): boolean;
  /**
   * What to watch: the reasons turned on in Settings while the scheduler needs to know (a reminder
   * is due or held, or an idle stretch is becoming a break); none to rest. A source without
   * events looks, then keeps looking, only while watched.
   */
  watch(reasons: readonly QuietReason[]): void;
  /** Called whenever `current()` changes, and after the first look once watched. */
  onChange(listener: () => void): () => void;
  /** What this computer can see, for Settings. */
  detectors(): readonly QuietDetector[];
}

/** For hosts and tests with nothing to detect. */
export const neverQuiet: QuietSource = {
  current: () => [],
  fresh: () => true,
  watch: () => {},
  onChange: () => () => {},
  detectors: () => [],
};

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

export interface QuietSource {
  /** Why now is a bad moment, as last seen; null when it is a fine one (or nothing can tell). */
  current(): Quiet | null;
  /** Whether `current()` is up to date: event-fed, or watched and looked at since. */
  fresh(): boolean;
  /**
   * True while the scheduler needs to know (a reminder is due or held, or an idle stretch is
   * becoming a break): a source without events looks, then keeps looking, only while watched.
   */
  watch(on: boolean): void;
  /** Called whenever `current()` changes, and after each first look once watched. */
  onChange(listener: () => void): () => void;
}

/** For hosts and tests with nothing to detect. */
export const neverQuiet: QuietSource = {
  current: () => null,
  fresh: () => true,
  watch: () => {},
  onChange: () => () => {},
};

import { QUIET_REASONS, type Quiet, type QuietDetector, type QuietReason, type QuietSource } from '../../core/reminders/quiet';

/** One way of seeing one kind of bad moment (a call by the microphone, another by the camera). */
export interface Detector {
  reason: QuietReason;
  /** How it sees, for Settings ("PipeWire/PulseAudio recording streams"), or why it cannot. */
  how: string;
  available: boolean;
  /** Looks now: true while it is a bad moment. A failure is "cannot tell", taken as false. */
  look(): Promise<boolean>;
  /** Reports changes as they happen (then it is not polled); started only while watched. */
  follow?(onEvent: () => void): () => void;
}

interface Watch {
  detector: Detector;
  looked: boolean;
  since: number | null;
  stop: () => void;
}

/**
 * The computer's detectors as the scheduler's QuietSource. Nothing runs while nothing is watched;
 * watched, each detector that reports events is followed, the others are looked at every
 * `pollMs`: a cheap check only while a reminder is due or held.
 */
export class QuietDetectors implements QuietSource {
  private readonly watching = new Map<Detector, Watch>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly all: readonly Detector[],
    private readonly now: () => number = Date.now,
    private readonly pollMs = 15_000,
  ) {}

  current(): readonly Quiet[] {
    const byReason = new Map<QuietReason, number>();
    for (const w of this.watching.values()) {
      if (w.since === null) continue;
      byReason.set(w.detector.reason, Math.min(w.since, byReason.get(w.detector.reason) ?? Number.POSITIVE_INFINITY));
    }
    return [...byReason].map(([reason, since]) => ({ reason, since })).sort((a, b) => a.since - b.since);
  }

  fresh(): boolean {
    return [...this.watching.values()].every((w) => w.looked);
  }

  watch(reasons: readonly QuietReason[]): void {
    for (const detector of this.all) {
      const wanted = detector.available && reasons.includes(detector.reason);
      const w = this.watching.get(detector);
      if (wanted && !w) this.start(detector);
      if (!wanted && w) {
        w.stop();
        this.watching.delete(detector);
      }
    }
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  detectors(): readonly QuietDetector[] {
    return QUIET_REASONS.flatMap((reason) => this.all.filter((d) => d.reason === reason).map(({ available, how }) => ({ reason, available, how })));
  }

  private start(detector: Detector): void {
    const w: Watch = { detector, looked: false, since: null, stop: () => {} };
    this.watching.set(detector, w);
    const look = () => void this.look(w);
    if (detector.follow) w.stop = detector.follow(look);
    else {
      const timer = setInterval(look, this.pollMs);
      w.stop = () => clearInterval(timer);
    }
    look();
  }

  private async look(w: Watch): Promise<void> {
    const on = await w.detector.look().catch(() => false);
    if (this.watching.get(w.detector) !== w) return;
    const changed = !w.looked || on !== (w.since !== null);
    w.looked = true;
    w.since = on ? (w.since ?? this.now()) : null;
    if (changed) for (const listener of this.listeners) listener();
  }
}

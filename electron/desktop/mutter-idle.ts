import { execFile } from 'node:child_process';

const FRESH_MS = 5_000;

/**
 * Idle time from GNOME's Mutter over D-Bus: the fallback on Wayland, where Electron's
 * getSystemIdleTime() may always be 0 (electron#27912). Asked asynchronously: `idleSeconds()`
 * answers at once with the last reply and asks again when that reply is older than a few
 * seconds, so the main process never waits on D-Bus.
 */
export class MutterIdle {
  private last: { idleSeconds: number; at: number } | null = null;
  private asking = false;
  /** True once Mutter failed to answer: another compositor, or no session bus. */
  unavailable = false;

  constructor(private readonly now: () => number = Date.now) {
    this.ask();
  }

  /** Seconds since the last input, as of the last answer; null until one came. */
  idleSeconds(): number | null {
    if (!this.last) return null;
    if (this.now() - this.last.at > FRESH_MS) this.ask();
    return this.last.idleSeconds;
  }

  private ask(): void {
    if (this.asking || this.unavailable) return;
    this.asking = true;
    execFile(
      'gdbus',
      ['call', '--session', '--dest', 'org.gnome.Mutter.IdleMonitor', '--object-path', '/org/gnome/Mutter/IdleMonitor/Core', '--method', 'org.gnome.Mutter.IdleMonitor.GetIdletime'],
      { timeout: 2000 },
      (error, stdout) => {
        this.asking = false;
        const ms = /\(uint64 (\d+),\)/.exec(stdout ?? '')?.[1];
        if (error || ms === undefined) this.unavailable = true;
        else this.last = { idleSeconds: Number(ms) / 1000, at: this.now() };
      },
    );
  }
}

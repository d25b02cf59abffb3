import { spawnSync } from 'node:child_process';

/**
 * Idle time from GNOME's Mutter over D-Bus: the fallback on Wayland, where Electron's
 * getSystemIdleTime() is always 0 (electron#27912). Returns null when Mutter does not answer
 * (another compositor), so callers can say natural breaks cannot be detected.
 */
export function mutterIdleSeconds(): number | null {
  const result = spawnSync(
    'gdbus',
    [
      'call',
      '--session',
      '--dest',
      'org.gnome.Mutter.IdleMonitor',
      '--object-path',
      '/org/gnome/Mutter/IdleMonitor/Core',
      '--method',
      'org.gnome.Mutter.IdleMonitor.GetIdletime',
    ],
    { encoding: 'utf8', timeout: 2000 },
  );
  const ms = /\(uint64 (\d+),\)/.exec(result.stdout ?? '')?.[1];
  return result.status === 0 && ms !== undefined ? Number(ms) / 1000 : null;
}

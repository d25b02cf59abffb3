import fs from 'node:fs';
import path from 'node:path';
import type { Detector } from './detectors';
import { activeWindow, bannersOff, dunstPaused, isFullScreen, isRecordingEvent, notificationsInhibited, recordingApps } from './linux-readings';
import { followCommand, onPath, runCommand, type Env } from './run-command';

/** A microphone in use: PipeWire or PulseAudio recording streams, followed with `pactl subscribe`. */
function microphone(env: Env): Detector {
  const available = onPath('pactl', env);
  return {
    reason: 'call',
    available,
    how: available ? 'the microphone in use (PipeWire/PulseAudio recording streams)' : 'the microphone: not detectable (pactl is not installed)',
    async look() {
      const [outputs, sources] = await Promise.all([runCommand('pactl', ['-f', 'json', 'list', 'source-outputs'], env), runCommand('pactl', ['-f', 'json', 'list', 'sources', 'short'], env)]);
      return outputs !== null && sources !== null && recordingApps(outputs, sources).length > 0;
    },
    follow: (onEvent) => followCommand('pactl', ['subscribe'], env, (line) => isRecordingEvent(line) && onEvent()),
  };
}

/** A camera in use: a `/dev/video*` device open in another process (those of this user are visible). */
function camera(procRoot: string): Detector {
  return {
    reason: 'call',
    available: fs.existsSync(procRoot),
    how: 'the camera in use (/dev/video* open in another program)',
    async look() {
      const pids = (await fs.promises.readdir(procRoot)).filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
      for (const pid of pids) {
        const fds = await fs.promises.readdir(path.join(procRoot, pid, 'fd')).catch(() => [] as string[]);
        for (const fd of fds) {
          const target = await fs.promises.readlink(path.join(procRoot, pid, 'fd', fd)).catch(() => '');
          if (target.startsWith('/dev/video')) return true;
        }
      }
      return false;
    },
  };
}

/** The active X11 window is full screen (a presentation, a video); Wayland does not show it. */
function fullScreen(env: Env): Detector {
  const wayland = env.XDG_SESSION_TYPE === 'wayland' || (!env.DISPLAY && Boolean(env.WAYLAND_DISPLAY));
  const available = !wayland && Boolean(env.DISPLAY) && onPath('xprop', env);
  return {
    reason: 'full-screen',
    available,
    how: wayland
      ? 'full screen: not detectable on Wayland (no compositor-neutral way to see other windows)'
      : available
        ? 'the active X11 window full screen (_NET_WM_STATE_FULLSCREEN)'
        : 'full screen: not detectable (no X11 display, or xprop is not installed)',
    async look() {
      const id = activeWindow((await runCommand('xprop', ['-root', '_NET_ACTIVE_WINDOW'], env)) ?? '');
      return id !== null && isFullScreen((await runCommand('xprop', ['-id', id, '_NET_WM_STATE'], env)) ?? '');
    },
  };
}

/** The desktop's own do-not-disturb, in each form it can take on Linux. */
function doNotDisturb(env: Env): Detector[] {
  const dbus = onPath('gdbus', env);
  return [
    {
      reason: 'system-do-not-disturb',
      available: dbus,
      how: dbus ? 'the notification server’s Inhibited property (GNOME, KDE)' : 'the notification server: not readable (gdbus is not installed)',
      look: async () =>
        notificationsInhibited(
          (await runCommand(
            'gdbus',
            ['call', '--session', '--dest', 'org.freedesktop.Notifications', '--object-path', '/org/freedesktop/Notifications', '--method', 'org.freedesktop.DBus.Properties.Get', 'org.freedesktop.Notifications', 'Inhibited'],
            env,
          )) ?? '',
        ),
    },
    {
      reason: 'system-do-not-disturb',
      available: onPath('dunstctl', env),
      how: 'dunst paused (dunstctl is-paused)',
      look: async () => dunstPaused((await runCommand('dunstctl', ['is-paused'], env)) ?? ''),
    },
    {
      reason: 'system-do-not-disturb',
      available: onPath('gsettings', env),
      how: 'GNOME do-not-disturb (show-banners off)',
      look: async () => bannersOff((await runCommand('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], env)) ?? ''),
    },
  ];
}

/** Every way Linux lets Limber see a bad moment, for the environment it runs in. */
export function linuxDetectors(env: Env = process.env, procRoot = '/proc'): Detector[] {
  return [microphone(env), camera(procRoot), fullScreen(env), ...doNotDisturb(env)];
}

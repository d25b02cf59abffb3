// What Linux's own tools print, read: each a pure function, tested against recorded output.

interface PulseStream {
  source?: number;
  properties?: Record<string, string>;
}

interface PulseSource {
  index: number;
  name: string;
}

const parse = <T>(json: string): T[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
};

/**
 * The applications recording from a microphone (`pactl -f json list source-outputs`, with
 * `pactl -f json list sources short`). Recording a monitor (the sound the computer plays, as a
 * screen recorder does) is not a call, and neither is a volume meter's peak detection.
 */
export function recordingApps(sourceOutputs: string, sources: string): string[] {
  const monitors = new Set(parse<PulseSource>(sources).filter((s) => s.name.endsWith('.monitor')).map((s) => s.index));
  return parse<PulseStream>(sourceOutputs)
    .filter((s) => s.source === undefined || !monitors.has(s.source))
    .filter((s) => s.properties?.['media.name'] !== 'Peak detect' && s.properties?.['application.id'] !== 'org.PulseAudio.pavucontrol')
    .map((s) => s.properties?.['application.name'] ?? 'an application');
}

/** `pactl subscribe` prints a line per change; only recording streams matter here. */
export const isRecordingEvent = (line: string): boolean => /on source-output #\d+/.test(line);

/** `dunstctl is-paused`: "true" while dunst holds notifications back. */
export const dunstPaused = (stdout: string): boolean => stdout.trim() === 'true';

/** The freedesktop notification server's `Inhibited` property, as `gdbus call` prints it: "(<true>,)". */
export const notificationsInhibited = (stdout: string): boolean => /<true>/.test(stdout);

/** GNOME's `show-banners` setting, as `gsettings get` prints it: "false" while do-not-disturb is on. */
export const bannersOff = (stdout: string): boolean => stdout.trim() === 'false';

/** The active window's id from `xprop -root _NET_ACTIVE_WINDOW` ("… window id # 0x1400003"); null for none. */
export function activeWindow(stdout: string): string | null {
  const id = /window id # (0x[0-9a-f]+)/i.exec(stdout)?.[1];
  return id && Number.parseInt(id, 16) !== 0 ? id : null;
}

/** Whether `xprop -id … _NET_WM_STATE` lists the window as full screen. */
export const isFullScreen = (stdout: string): boolean => /_NET_WM_STATE_FULLSCREEN/.test(stdout);

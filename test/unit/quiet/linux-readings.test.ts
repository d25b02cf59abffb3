import { describe, expect, it } from 'vitest';
import { activeWindow, bannersOff, dunstPaused, isFullScreen, isRecordingEvent, notificationsInhibited, recordingApps } from '../../../electron/desktop/quiet/linux-readings';
import { deviceInUse, fullScreenState } from '../../../electron/desktop/quiet/windows-readings';

// Linux outputs as the real tools printed them here (Debian 12: PipeWire with pipewire-pulse,
// pactl 16.1, xprop under Xvfb and openbox, dunst). The Windows output is written in the layout
// `reg query /s` prints, from its documentation: no Windows machine was at hand to record one.

const SOURCES = '[{"index":32,"name":"auto_null.monitor","driver":"PipeWire","sample_specification":"float32le 2ch 48000Hz","state":"SUSPENDED"},{"index":39,"name":"test-mic","driver":"PipeWire","sample_specification":"float32le 2ch 48000Hz","state":"SUSPENDED"}]';
const stream = (source: number, properties: Record<string, string>) =>
  JSON.stringify({ index: 52, driver: 'PipeWire', owner_module: null, client: '51', source, sample_specification: 's16le 2ch 44100Hz', corked: false, mute: false, properties });

describe('Linux readings', () => {
  it('a call is an application recording from a microphone, not from a monitor and not a volume meter', () => {
    expect(recordingApps('[]', SOURCES)).toEqual([]);
    expect(recordingApps(`[${stream(39, { 'application.name': 'Firefox', 'media.name': 'AudioCallbackDriver' })}]`, SOURCES)).toEqual(['Firefox']);
    expect(recordingApps(`[${stream(32, { 'application.name': 'OBS Studio' })}]`, SOURCES)).toEqual([]);
    expect(recordingApps(`[${stream(39, { 'application.name': 'PulseAudio Volume Control', 'media.name': 'Peak detect' })}]`, SOURCES)).toEqual([]);
    expect(recordingApps('pactl: connection refused', SOURCES)).toEqual([]);
  });

  it('only changes to recording streams are worth a look', () => {
    expect(isRecordingEvent("Event 'new' on source-output #52")).toBe(true);
    expect(isRecordingEvent("Event 'remove' on source-output #52")).toBe(true);
    expect(isRecordingEvent("Event 'change' on sink-input #40")).toBe(false);
    expect(isRecordingEvent("Event 'change' on source #39")).toBe(false);
  });

  it('reads do-not-disturb from dunst, the notification server and GNOME', () => {
    expect([dunstPaused('true\n'), dunstPaused('false\n'), dunstPaused('')]).toEqual([true, false, false]);
    expect([notificationsInhibited('(<true>,)\n'), notificationsInhibited('(<false>,)\n'), notificationsInhibited('')]).toEqual([true, false, false]);
    expect([bannersOff('false\n'), bannersOff('true\n'), bannersOff('')]).toEqual([true, false, false]);
  });

  it('reads the active window and whether it is full screen from xprop', () => {
    expect(activeWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x400030\n')).toBe('0x400030');
    expect(activeWindow('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n')).toBeNull();
    expect(activeWindow('_NET_ACTIVE_WINDOW:  not found.\n')).toBeNull();
    expect(isFullScreen('_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n')).toBe(true);
    expect(isFullScreen('_NET_WM_STATE(ATOM) = \n')).toBe(false);
    expect(isFullScreen('_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ\n')).toBe(false);
  });
});

describe('Windows readings', () => {
  const KEY = String.raw`HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone`;
  const app = (name: string, start: string, stop: string) => `${KEY}\\NonPackaged\\${name}\r\n    LastUsedTimeStart    REG_QWORD    ${start}\r\n    LastUsedTimeStop    REG_QWORD    ${stop}\r\n`;

  it('a device is in use while an app’s LastUsedTimeStop is 0 after a start', () => {
    const header = `\r\n${KEY}\r\n    Value    REG_SZ    Allow\r\n\r\n${KEY}\\NonPackaged\r\n`;
    const idle = header + app('C:#Program Files#Zoom#bin#Zoom.exe', '0x1dc5e3f0a1b2c3d', '0x1dc5e3f9e8d7c6b');
    expect(deviceInUse(idle)).toBe(false);
    expect(deviceInUse(idle + app('C:#Program Files#Microsoft#Teams#ms-teams.exe', '0x1dc5e40a1b2c3d4', '0x0'))).toBe(true);
    // Never used: both 0.
    expect(deviceInUse(header + app('C:#Tools#recorder.exe', '0x0', '0x0'))).toBe(false);
    expect(deviceInUse('ERROR: The system was unable to find the specified registry key or value.')).toBe(false);
  });

  it('full screen is SHQueryUserNotificationState saying busy, a D3D full-screen app or presentation mode', () => {
    const states = ['1', '2', '3', '4', '5', '6', '7'].map((n) => fullScreenState(`${n}\r\n`));
    expect(states).toEqual([false, true, true, true, false, false, false]);
    expect(fullScreenState('')).toBe(false);
  });
});

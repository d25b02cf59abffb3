import type { QuietReason } from '../../core/reminders/quiet';
import type { Detector } from './detectors';
import { linuxDetectors } from './linux-detectors';
import { runCommand, type Env } from './run-command';
import { deviceInUse } from './windows-readings';

const CONSENT_STORE = String.raw`HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore`;

const cannot = (reason: QuietReason, how: string): Detector => ({ reason, available: false, how, look: async () => false });

/** The microphone or webcam in use, from the privacy settings' record of which app uses them. */
function windowsDetectors(env: Env): Detector[] {
  return [
    {
      reason: 'call',
      available: true,
      how: 'the microphone or camera in use (Windows privacy settings: CapabilityAccessManager)',
      async look() {
        const outputs = await Promise.all(['microphone', 'webcam'].map((device) => runCommand('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s'], env)));
        return outputs.some((output) => output !== null && deviceInUse(output));
      },
    },
    cannot('full-screen', 'full screen and presentations: not detected on Windows yet (SHQueryUserNotificationState needs a native library)'),
    cannot('system-do-not-disturb', 'Focus Assist: not detected on Windows yet (no documented way to read it)'),
  ];
}

const MAC: readonly Detector[] = [
  cannot('call', 'calls: not detectable on macOS without a signed helper; turn on a Focus during calls'),
  cannot('full-screen', 'full screen: not detectable on macOS; turn on a Focus while presenting'),
  cannot('system-do-not-disturb', 'Focus: macOS offers no documented way to read it'),
];

/** What this operating system lets Limber see, and says so where it cannot. */
export function platformDetectors(platform: NodeJS.Platform = process.platform, env: Env = process.env): Detector[] {
  if (platform === 'linux') return linuxDetectors(env);
  if (platform === 'win32') return windowsDetectors(env);
  return [...MAC];
}

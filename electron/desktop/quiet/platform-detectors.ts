import type { QuietReason } from '../../core/reminders/quiet';
import type { Detector } from './detectors';
import { linuxDetectors } from './linux-detectors';
import { runCommand, type Env } from './run-command';
import { deviceInUse, fullScreenState } from './windows-readings';

const CONSENT_STORE = String.raw`HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore`;

/**
 * Asks shell32 for the user notification state from PowerShell (always there on Windows 10 and
 * 11): no native module to build, ship and sign for one call made only while a reminder is due.
 */
const NOTIFICATION_STATE = [
  'Add-Type -Namespace Limber -Name Shell -MemberDefinition \'[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);\';',
  '$state = 0; if ([Limber.Shell]::SHQueryUserNotificationState([ref]$state) -eq 0) { $state }',
].join(' ');

const cannot = (reason: QuietReason, how: string): Detector => ({ reason, available: false, how, look: async () => false });

/**
 * What Windows shows: the microphone or webcam in use (the privacy settings' record of which app
 * uses them) and a full-screen app or presentation mode (shell32); Focus Assist has no documented
 * readable source.
 */
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
    {
      reason: 'full-screen',
      available: true,
      how: 'a full-screen app, game, film or presentation mode (SHQueryUserNotificationState, asked through PowerShell)',
      look: async () => fullScreenState((await runCommand('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', NOTIFICATION_STATE], env, 10_000)) ?? ''),
    },
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

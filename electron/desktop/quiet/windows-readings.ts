/**
 * Whether `reg query …\CapabilityAccessManager\ConsentStore\<microphone|webcam> /s` shows an
 * application using the device now: Windows sets LastUsedTimeStop to 0 while it is in use (and
 * LastUsedTimeStart to when it began). Packaged apps sit directly under the key, desktop apps
 * under NonPackaged; both are listed by /s.
 */
export function deviceInUse(regOutput: string): boolean {
  const apps = regOutput.split(/\r?\n(?=HKEY_)/);
  return apps.some((app) => {
    const value = (name: string) => new RegExp(`^\\s+${name}\\s+REG_QWORD\\s+0x([0-9a-f]+)`, 'im').exec(app)?.[1];
    const start = value('LastUsedTimeStart');
    const stop = value('LastUsedTimeStop');
    return start !== undefined && stop !== undefined && BigInt(`0x${start}`) > 0n && BigInt(`0x${stop}`) === 0n;
  });
}

/**
 * SHQueryUserNotificationState's answer (QUERY_USER_NOTIFICATION_STATE) says a full-screen app,
 * a D3D game or film, or presentation mode has the screen: 2 QUNS_BUSY, 3
 * QUNS_RUNNING_D3D_FULL_SCREEN, 4 QUNS_PRESENTATION_MODE. The others (not present, accepts
 * notifications, quiet time after setup, a Store app in front) are not.
 */
export function fullScreenState(stdout: string): boolean {
  const state = Number(stdout.trim());
  return state === 2 || state === 3 || state === 4;
}

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

import { describe, expect, it } from 'vitest';
import { QuietDetectors } from '../../../electron/desktop/quiet/detectors';
import { platformDetectors } from '../../../electron/desktop/quiet/platform-detectors';

const seen = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv = {}) =>
  new QuietDetectors(platformDetectors(platform, env)).detectors().map(({ reason, available }) => `${reason}: ${available ? 'seen' : 'not seen'}`);

describe('what each operating system lets Limber see', () => {
  it('Windows: calls by the microphone or webcam, full screen through shell32; not Focus Assist', () => {
    expect(seen('win32')).toEqual(['call: seen', 'full-screen: seen', 'system-do-not-disturb: not seen']);
  });

  it('macOS: nothing, and says to use a Focus', () => {
    expect(seen('darwin')).toEqual(['call: not seen', 'full-screen: not seen', 'system-do-not-disturb: not seen']);
    expect(new QuietDetectors(platformDetectors('darwin', {})).detectors()[0]!.how).toMatch(/Focus/);
  });

  it('Linux on Wayland says full screen cannot be seen there; without the tools, says which is missing', () => {
    const wayland = new QuietDetectors(platformDetectors('linux', { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', PATH: '' })).detectors();
    expect(wayland.find((d) => d.reason === 'full-screen')).toEqual({ reason: 'full-screen', available: false, how: expect.stringMatching(/not detectable on Wayland/) });
    expect(wayland.find((d) => d.how.includes('pactl'))).toMatchObject({ available: false, how: expect.stringMatching(/pactl is not installed/) });
  });
});

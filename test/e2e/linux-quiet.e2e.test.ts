import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderService } from '../../electron/core/reminders/reminder-service';
import type { DueReminder } from '../../electron/core/reminders/scheduler-ports';
import { QuietDetectors } from '../../electron/desktop/quiet/detectors';
import { linuxDetectors } from '../../electron/desktop/quiet/linux-detectors';
import { FakeWorld, ZONE } from '../support/fake-world';
import { makeTestCore, tempDir, type TestCore } from '../support/test-core';
import { missingTools, startAudioSession, startDesktopSession, until, type AudioSession, type DesktopSession } from './desktop-session';

// Quiet moments seen by Limber's Linux detectors on real parts from Debian: a PipeWire session
// with a recording stream (a call), dunst paused (do-not-disturb), and a full-screen window under
// Xvfb and openbox. Each holds a due reminder, which comes once when the moment ends. Reminder
// time is simulated; the detectors and the tools they run are real.

const TOOLS = ['Xvfb', 'dbus-launch', 'dbus-send', 'dunst', 'dunstctl', 'pipewire', 'wireplumber', 'pipewire-pulse', 'pactl', 'parecord', 'openbox', 'wmctrl', 'xprop', 'xmessage'];
const missing = missingTools(TOOLS);
if (missing.length > 0) {
  const reason = `the quiet-moment tests need ${missing.join(', ')} (apt: pipewire pipewire-pulse wireplumber pulseaudio-utils openbox wmctrl x11-utils; .ci/run installs them)`;
  if (process.env.CI) throw new Error(reason);
  console.warn(`Skipping: ${reason}`);
}

const MINUTE = 60_000;

describe.skipIf(missing.length > 0)('reminders held by real calls, do-not-disturb and full screen (Linux)', () => {
  let session: DesktopSession;
  let audio: AudioSession;
  let t: TestCore;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    const dir = tempDir('limber-quiet-');
    session = await startDesktopSession(dir);
    audio = await startAudioSession(session, dir);
    children.push(spawn('openbox', [], { env: session.env, stdio: 'ignore' }));
    await until(() => /openbox/i.test(spawnSync('wmctrl', ['-m'], { env: session.env, encoding: 'utf8' }).stdout ?? ''), 'openbox to manage the display');
    t = makeTestCore();
  });
  afterAll(() => {
    for (const child of children) child.kill();
    t?.dispose();
    audio?.stop();
    session?.stop();
  });

  it('holds a due reminder while recording, paused or full screen, and shows it once when each ends', async () => {
    const world = new FakeWorld(Date.UTC(2026, 10, 25, 9));
    const shown: DueReminder[] = [];
    const quiet = new QuietDetectors(linuxDetectors(audio.env), world.now, 200);
    const reminders: ReminderService = new ReminderService(t.core.settings, t.core.reminderLog, {
      clock: world,
      idle: world,
      quiet,
      notifier: { show: (r) => shown.push(r), withdraw: () => {} },
      timeZone: () => ZONE,
    });
    const status = () => reminders.scheduler.status();
    const heldFor = async (reason: string) => {
      await until(() => status().quiet?.reason === reason, `the reminder to be held (${reason})`);
      expect(shown).toHaveLength(0);
    };
    const deliveredOnce = async () => {
      await until(() => shown.length === 1, 'the held reminder to come');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(shown).toHaveLength(1);
      reminders.scheduler.respond(shown.pop()!.id, 'done');
    };
    expect(quiet.detectors().filter((d) => d.available).map((d) => d.how)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^the microphone/), expect.stringMatching(/^the active X11 window/), 'dunst paused (dunstctl is-paused)']),
    );
    reminders.start();

    // A call: an application records from the microphone.
    const call = spawn('parecord', [`--device=${audio.microphone}`, '/dev/null'], { env: audio.env, stdio: 'ignore' });
    await until(() => (spawnSync('pactl', ['list', 'short', 'source-outputs'], { env: audio.env, encoding: 'utf8' }).stdout ?? '').trim() !== '', 'the recording stream');
    world.advance(30 * MINUTE);
    await heldFor('call');
    call.kill();
    await deliveredOnce();

    // The system's do-not-disturb: dunst paused.
    spawnSync('dunstctl', ['set-paused', 'true'], { env: session.env });
    world.advance(30 * MINUTE);
    await heldFor('system-do-not-disturb');
    spawnSync('dunstctl', ['set-paused', 'false'], { env: session.env });
    await deliveredOnce();

    // Presenting: the active window is full screen.
    const window = spawn('xmessage', ['-name', 'limber-slides', '-title', 'limber-slides', 'Slides'], { env: session.env, stdio: 'ignore' });
    children.push(window);
    await until(() => spawnSync('wmctrl', ['-l'], { env: session.env, encoding: 'utf8' }).stdout.includes('limber-slides'), 'the window to open');
    spawnSync('wmctrl', ['-a', 'limber-slides'], { env: session.env });
    spawnSync('wmctrl', ['-r', 'limber-slides', '-b', 'add,fullscreen'], { env: session.env });
    world.advance(30 * MINUTE);
    await heldFor('full-screen');
    spawnSync('wmctrl', ['-r', 'limber-slides', '-b', 'remove,fullscreen'], { env: session.env });
    await deliveredOnce();

    expect(t.core.reminderLog.recent(10).map((r) => r.outcome)).toEqual(['done', 'done', 'done']);
    reminders.stop();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifySendNotifier } from '../../electron/desktop/notify-send';
import { ReminderService } from '../../electron/core/reminders/reminder-service';
import { FakeWorld, ZONE } from '../support/fake-world';
import { makeTestCore, tempDir, type TestCore } from '../support/test-core';
import { missingTools, startDesktopSession, until, type DesktopSession } from './desktop-session';

// A real notification server: Limber's Linux notifier shows a reminder through notify-send,
// dunst receives it, the person picks "Snooze 5 min" from dunst's menu, and the outcome lands
// in the journal database.

const missing = missingTools();
if (missing.length > 0) {
  const reason = `the real-notification test needs ${missing.join(', ')} (apt: xvfb dbus-x11 dunst libnotify-bin; .ci/run installs them)`;
  if (process.env.CI) throw new Error(reason);
  console.warn(`Skipping: ${reason}`);
}

describe.skipIf(missing.length > 0)('desktop notifications on a real notification server (dunst)', () => {
  let session: DesktopSession;
  let t: TestCore;
  let savedEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    session = await startDesktopSession(tempDir('limber-dunst-'));
    savedEnv = { ...process.env };
    Object.assign(process.env, { DISPLAY: session.env.DISPLAY, DBUS_SESSION_BUS_ADDRESS: session.env.DBUS_SESSION_BUS_ADDRESS });
    t = makeTestCore();
  });
  afterAll(() => {
    t?.dispose();
    session?.stop();
    process.env = savedEnv;
  });

  it('shows the reminder with its actions, and records the action chosen in the notification', async () => {
    const world = new FakeWorld(Date.UTC(2026, 10, 25, 9));
    const reminders: ReminderService = new ReminderService(t.core.settings, t.core.reminderLog, {
      clock: world,
      idle: world,
      notifier: notifySendNotifier((id, response) => reminders.scheduler.respond(id, response), () => {}),
      timeZone: () => ZONE,
    });
    reminders.start();
    world.advance(30 * 60_000); // half an hour of typing: the posture check is due

    await until(() => session.received().length > 0, 'dunst to receive the reminder');
    expect(session.received()).toEqual(['Limber|Change position|Shift how you sit, or stand for a moment, and move a little.']);

    session.chooseAction('Snooze 5 min');
    await until(() => t.core.reminderLog.recent(5).length > 0, 'the chosen action to come back');
    expect(t.core.reminderLog.recent(5)).toMatchObject([{ reminderId: 'posture', outcome: 'snoozed' }]);
    expect(reminders.scheduler.status().next).toMatchObject({ reminderId: 'posture', why: { type: 'snoozed', minutes: 5 } });
    reminders.stop();
  });
});

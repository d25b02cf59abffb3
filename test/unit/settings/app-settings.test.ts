import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/limber-core';
import { DEFAULT_REMINDER_SETTINGS } from '../../../electron/core/reminders/reminder-settings';
import { FakeClock } from '../../support/fake-clock';
import { makeTestCore, NOV_25_2026, tempDir, type TestCore } from '../../support/test-core';

describe('settings', () => {
  let clock: FakeClock;
  let t: TestCore;
  beforeEach(() => {
    clock = new FakeClock(NOV_25_2026);
    t = makeTestCore(clock);
  });
  afterEach(() => t.dispose());

  it('starts with the first-run notice unconfirmed, and remembers the first confirmation', () => {
    expect(t.core.settings.all().noticeAcknowledgedAt).toBeNull();
    t.core.settings.acknowledgeNotice();
    clock.advance(5000);
    expect(t.core.settings.acknowledgeNotice().noticeAcknowledgedAt).toBe(NOV_25_2026);
  });

  it('survives a restart', () => {
    const dataDir = tempDir();
    const first = createCore({ dataDir, clock });
    first.settings.acknowledgeNotice();
    first.close();
    const again = createCore({ dataDir, clock });
    expect(again.settings.all().noticeAcknowledgedAt).toBe(NOV_25_2026);
    again.close();
  });

  it('starts with the reminder defaults and keeps what is saved', () => {
    expect(t.core.settings.get('reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    const changed = { ...DEFAULT_REMINDER_SETTINGS, posture: { enabled: true, everyMinutes: 45, breakMinutes: 4 } };
    t.core.settings.set('reminders', changed);
    expect(t.core.settings.get('reminders')).toEqual(changed);
  });

  it('falls back to the default for a value it cannot read', () => {
    t.core.db.prepare("INSERT INTO settings (key, value) VALUES ('noticeAcknowledgedAt', '\"yesterday\"')").run();
    expect(t.core.settings.all().noticeAcknowledgedAt).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/limber-core';
import { DEFAULT_REMINDER_SETTINGS } from '../../../electron/core/reminders/reminder-settings';
import { coreForEachTest, NOV_25_2026, tempDir } from '../../support/test-core';

describe('settings', () => {
  const ctx = coreForEachTest();

  it('starts with the first-run notice unconfirmed, and remembers the first confirmation', () => {
    expect(ctx.t.core.settings.all().noticeAcknowledgedAt).toBeNull();
    ctx.t.core.settings.acknowledgeNotice();
    ctx.clock.advance(5000);
    expect(ctx.t.core.settings.acknowledgeNotice().noticeAcknowledgedAt).toBe(NOV_25_2026);
  });

  it('survives a restart', () => {
    const dataDir = tempDir();
    const first = createCore({ dataDir, clock: ctx.clock });
    first.settings.acknowledgeNotice();
    first.close();
    const again = createCore({ dataDir, clock: ctx.clock });
    expect(again.settings.all().noticeAcknowledgedAt).toBe(NOV_25_2026);
    again.close();
  });

  it('starts with the reminder defaults and keeps what is saved', () => {
    expect(ctx.t.core.settings.get('reminders')).toEqual(DEFAULT_REMINDER_SETTINGS);
    const changed = { ...DEFAULT_REMINDER_SETTINGS, reminders: DEFAULT_REMINDER_SETTINGS.reminders.slice(1) };
    ctx.t.core.settings.set('reminders', changed);
    expect(ctx.t.core.settings.get('reminders')).toEqual(changed);
  });

  it('falls back to the default for a value it cannot read', () => {
    ctx.t.core.db.prepare("INSERT INTO settings (key, value) VALUES ('noticeAcknowledgedAt', '\"yesterday\"')").run();
    expect(ctx.t.core.settings.all().noticeAcknowledgedAt).toBeNull();
  });

  it('reads the other settings when one stored value is damaged on disk (not even JSON)', () => {
    ctx.t.core.settings.acknowledgeNotice();
    // The table checks JSON on write; a flipped byte on disk does not go through that check.
    ctx.t.core.db.pragma('ignore_check_constraints = ON');
    ctx.t.core.db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('reminders', '{\"posture\":')").run();
    const settings = ctx.t.core.settings.all();
    expect(settings.reminders).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(settings.noticeAcknowledgedAt).toBe(NOV_25_2026);
  });
});

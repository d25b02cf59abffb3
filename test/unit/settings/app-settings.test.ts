import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/limber-core';
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
    expect(t.core.settings.all()).toEqual({ noticeAcknowledgedAt: null });
    t.core.settings.acknowledgeNotice();
    clock.advance(5000);
    expect(t.core.settings.acknowledgeNotice()).toEqual({ noticeAcknowledgedAt: NOV_25_2026 });
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

  it('falls back to the default for a value it cannot read', () => {
    t.core.db.prepare("INSERT INTO settings (key, value) VALUES ('noticeAcknowledgedAt', '\"yesterday\"')").run();
    expect(t.core.settings.all().noticeAcknowledgedAt).toBeNull();
  });
});

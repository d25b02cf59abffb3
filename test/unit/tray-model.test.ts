import { describe, expect, it } from 'vitest';
import { buildTrayModel, type TrayItem } from '../../electron/core/tray/tray-model';
import { at, startDay } from '../support/fake-world';

const labels = (items: TrayItem[]) => items.map((i) => (i.kind === 'separator' ? '—' : i.label));

describe('tray menu', () => {
  it('shows the next reminder, when and why, with pause, warm-up, tip, open and quit', () => {
    const day = startDay('2026-11-25 09:00');
    day.world.until('2026-11-25 09:18');
    const model = buildTrayModel(day.scheduler.status(), day.time());
    expect(model.tooltip).toBe('Limber: Next: Change position at 09:30');
    expect(labels(model.items)).toEqual([
      'Next: Change position at 09:30',
      'Why: every 30 minutes at the computer, counted since Limber started at 09:00.',
      '—',
      'Log pain…',
      'Start a warm-up now',
      'Pause reminders',
      'Do not disturb',
      '—',
      'Quick tip',
      'Open Limber',
      'Quit Limber',
    ]);
    const pause = model.items.find((i) => i.kind === 'submenu' && i.label === 'Pause reminders');
    expect(pause?.kind === 'submenu' && pause.items.map((i) => (i.kind === 'action' ? i.action : null))).toEqual([
      { type: 'pause', for: '30-minutes' },
      { type: 'pause', for: '1-hour' },
      { type: 'pause', for: 'tomorrow' },
    ]);
  });

  it('when paused, says until when and offers Resume instead of Pause', () => {
    const day = startDay('2026-11-25 09:00');
    day.scheduler.pause(at('2026-11-25 14:00'));
    const model = buildTrayModel(day.scheduler.status(), day.time());
    expect(model.tooltip).toBe('Limber: Paused until 14:00');
    expect(labels(model.items)).toContain('Resume reminders');
    expect(labels(model.items)).not.toContain('Pause reminders');
  });

  it('carries Done / Snooze / Skip for an open reminder, for desktops without notification actions', () => {
    const day = startDay('2026-11-25 09:00');
    day.autoAnswer = null;
    day.world.until('2026-11-25 09:30');
    const model = buildTrayModel(day.scheduler.status(), day.time());
    expect(model.items[0]).toEqual({ kind: 'label', label: 'Change position: waiting for you' });
    const open = model.items.find((i) => i.kind === 'submenu' && i.label === 'Change position');
    const id = day.latest().id;
    expect(open?.kind === 'submenu' && open.items.map((i) => (i.kind === 'action' ? i.action : null))).toEqual([
      { type: 'respond', id, response: 'done' },
      { type: 'respond', id, response: 'snooze-5' },
      { type: 'respond', id, response: 'snooze-10' },
      { type: 'respond', id, response: 'skip' },
    ]);
  });

  it('shows do-not-disturb as a ticked box that turns it off', () => {
    const day = startDay('2026-11-25 09:00');
    day.scheduler.setDoNotDisturb(true);
    const item = buildTrayModel(day.scheduler.status(), day.time()).items.find((i) => i.kind === 'action' && i.label === 'Do not disturb');
    expect(item).toEqual({ kind: 'action', label: 'Do not disturb', checked: true, action: { type: 'do-not-disturb', on: false } });
  });
});

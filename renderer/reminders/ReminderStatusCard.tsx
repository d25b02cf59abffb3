import { useEffect } from 'react';
import type { ReminderKind } from '../../electron/core/reminders/reminder-settings';
import type { ReminderStatus } from '../../electron/core/reminders/scheduler';
import { useApi } from '../api-context';
import { href } from '../hash-route';
import { useReminders } from './use-reminders';

export const KIND_NAMES: Readonly<Record<ReminderKind, string>> = {
  posture: 'change position',
  movement: 'movement break',
  checkIn: 'evening check-in',
  magnesium: 'magnesium',
};

const clock = (at: number) => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(at);

/** When the next reminder comes and why, with pause and do-not-disturb at hand. */
export function ReminderStatusCard() {
  const api = useApi();
  const { status, setStatus } = useReminders();
  // Desk time left changes continuously; pushes come when decisions change. Re-read once a minute.
  useEffect(() => {
    const timer = setInterval(() => void api.reminders.status({}).then(setStatus), 60_000);
    return () => clearInterval(timer);
  }, [api, setStatus]);
  if (!status) return null;
  const act = async (change: Promise<ReminderStatus>) => setStatus(await change);
  const paused = status.mode === 'paused';
  return (
    <section className="card reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <p className="next-reminder">{describeNext(status)}</p>
      {status.why && <p className="hint">Why: {status.why}</p>}
      {!status.idleDetection && (
        <p className="hint">This system does not tell Limber when you are idle, so natural breaks are not noticed: all unlocked time counts.</p>
      )}
      <div className="actions">
        {paused ? (
          <button type="button" onClick={() => void act(api.reminders.resume({}))}>
            Resume
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void act(api.reminders.pause({ for: '30-minutes' }))}>
              Pause 30 min
            </button>
            <button type="button" onClick={() => void act(api.reminders.pause({ for: '1-hour' }))}>
              Pause 1 hour
            </button>
            <button type="button" onClick={() => void act(api.reminders.pause({ for: 'tomorrow' }))}>
              Pause until tomorrow
            </button>
          </>
        )}
        <label className="inline">
          <input
            type="checkbox"
            checked={status.doNotDisturb}
            onChange={(e) => void act(api.reminders.setDoNotDisturb({ on: e.target.checked }))}
          />{' '}
          Do not disturb
        </label>
        <a href={href('settings')}>Reminder settings</a>
      </div>
    </section>
  );
}

function describeNext(status: ReminderStatus): string {
  if (status.mode === 'paused' && status.pausedUntil) return `Paused until ${clock(status.pausedUntil)}.`;
  const waiting = status.pending[0];
  if (waiting) return `Waiting for your answer: ${waiting.title.toLowerCase()}.`;
  if (!status.next) return 'No reminder is coming up.';
  const minutes = Math.round(status.next.inMs / 60_000);
  return `Next: ${KIND_NAMES[status.next.kind]} at ${clock(status.next.at)} (after ${minutes} more min at the computer).`;
}

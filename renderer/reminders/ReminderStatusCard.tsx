import { useEffect, useRef } from 'react';
import { type ReminderStatus, statusWords, timeWords } from '../../electron/api/page';
import { useApi } from '../api-context';
import { href } from '../hash-route';
import { useReminders } from './use-reminders';

/** What is open and why, what comes next, when and why, with pause and do-not-disturb at hand. */
export function ReminderStatusCard() {
  const api = useApi();
  const { status, setStatus } = useReminders();
  const actions = useRef<HTMLDivElement>(null);
  // Clock times do not drift, but "tomorrow" becomes "today" at midnight: re-read now and then.
  useEffect(() => {
    const timer = setInterval(() => void api.reminders.status({}).then(setStatus), 60_000);
    return () => clearInterval(timer);
  }, [api, setStatus]);
  if (!status) return null;
  const act = async (change: Promise<ReminderStatus>) => {
    setStatus(await change);
    // Pause and Resume replace each other: focus the first of whichever is now there.
    requestAnimationFrame(() => actions.current?.querySelector('button')?.focus());
  };
  const paused = status.mode === 'paused';
  // The scheduler's own "now": the day words (today, tomorrow) agree with the times it gives.
  const words = statusWords(status, timeWords(status.at));
  return (
    <section className="card reminders" aria-labelledby="reminders-heading" id="reminders">
      <h2 id="reminders-heading">Reminders</h2>
      {words.open.map((o) => (
        <p key={o.id} className="open-reminder">
          Waiting for your answer: {o.name}. <span className="hint">Why now: {o.why}</span>
        </p>
      ))}
      {words.held && <p className="held-reminders">{words.held}</p>}
      {words.next && <p className="next-reminder">{words.next}</p>}
      {words.nextWhy && <p className="hint next-why">{words.nextWhy}</p>}
      {!status.idleDetection && (
        <p className="hint">This system does not tell Limber when you are idle, so natural breaks are not noticed: all unlocked time counts.</p>
      )}
      <div className="actions" ref={actions}>
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
            onChange={(e) => void api.reminders.setDoNotDisturb({ on: e.target.checked }).then(setStatus)}
          />{' '}
          Do not disturb
        </label>
        <a href={href('settings')}>Reminder settings</a>
      </div>
    </section>
  );
}

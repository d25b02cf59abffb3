import { dueWords, timeWords } from '../../electron/core/reminders/reminder-words';
import type { Response } from '../../electron/core/reminders/scheduler';
import { useApi } from '../api-context';
import { href } from '../hash-route';
import { useReminders } from './use-reminders';

const CHOICES: readonly { response: Response; label: string }[] = [
  { response: 'done', label: 'Done' },
  { response: 'snooze-5', label: 'Snooze 5 min' },
  { response: 'snooze-10', label: 'Snooze 10 min' },
  { response: 'skip', label: 'Skip' },
];

/** A reminder that is due, with the same choices the notification offers. Gentle: not modal. */
export function ReminderBanner() {
  const api = useApi();
  const { status, open, setStatus } = useReminders();
  if (open.length === 0) return null;
  const t = timeWords(status?.at ?? Date.now());
  const answer = async (id: string, response: Response) => setStatus(await api.reminders.respond({ id, response }));
  return (
    <div className="reminder-banners">
      {open.map((r) => (
        <section key={r.id} className="reminder-banner" role="region" aria-label={`Reminder: ${r.title}`}>
          <div>
            <p className="reminder-title">{r.title}</p>
            <p>{r.body}</p>
            <p className="hint">Why now: {dueWords(r.why, t)}</p>
          </div>
          <div className="actions">
            {r.kind === 'movement' && (
              <a className="button primary" href={href('routines', 'desk-warm-up')} onClick={() => void answer(r.id, 'done')}>
                Start the warm-up
              </a>
            )}
            {CHOICES.map((c) => (
              <button key={c.response} type="button" onClick={() => void answer(r.id, c.response)}>
                {c.label}
              </button>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

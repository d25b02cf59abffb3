import { useEffect, useRef, useState } from 'react';
import { dueWords, timeWords, type Response } from '../../electron/api/page';
import { useApi } from '../api-context';
import { href } from '../hash-route';
import { useReminders } from './use-reminders';

const CHOICES: readonly { response: Response; label: string }[] = [
  { response: 'done', label: 'Done' },
  { response: 'snooze-5', label: 'Snooze 5 min' },
  { response: 'snooze-10', label: 'Snooze 10 min' },
  { response: 'skip', label: 'Skip' },
];

/**
 * A reminder that is due, with the same choices the notification offers. Gentle: not modal, over
 * the page's foot so nothing moves, announced once to screen readers when it arrives.
 */
export function ReminderBanner() {
  const api = useApi();
  const { status, open, setStatus } = useReminders();
  const announced = useRef(new Set<string>());
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const fresh = open.filter((r) => !announced.current.has(r.id));
    if (fresh.length === 0) return;
    for (const r of fresh) announced.current.add(r.id);
    setAnnouncement(fresh.map((r) => `Reminder: ${r.title}. ${r.body}`).join(' '));
  }, [open]);
  const routineNames = useRoutineNames(open.some((r) => r.routineId !== null));
  const t = timeWords(status?.at ?? Date.now());
  const answer = async (id: string, response: Response) => {
    setStatus(await api.reminders.respond({ id, response }));
    // The buttons pressed are gone: focus goes back to the page rather than to nowhere.
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {open.length > 0 && (
        <div className="reminder-banners">
          {open.map((r) => (
            <section key={r.id} className="reminder-banner" role="region" aria-label={`Reminder: ${r.title}`}>
              <div>
                <p className="reminder-title">{r.title}</p>
                <p>{r.body}</p>
                <p className="hint">Why now: {dueWords(r.why, t)}</p>
              </div>
              <div className="actions">
                {r.routineId && routineNames.has(r.routineId) && (
                  <a className="button primary" href={href('routines', r.routineId)} onClick={() => void answer(r.id, 'done')}>
                    Start {routineNames.get(r.routineId)}
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
      )}
    </>
  );
}

/** Routine names by id, read once a reminder that opens one is showing: one deleted since has no Start. */
function useRoutineNames(needed: boolean): Map<string, string> {
  const api = useApi();
  const [names, setNames] = useState(new Map<string, string>());
  useEffect(() => {
    if (needed) void api.routines.list({}).then((list) => setNames(new Map(list.map((r) => [r.id, r.name]))));
  }, [api, needed]);
  return names;
}

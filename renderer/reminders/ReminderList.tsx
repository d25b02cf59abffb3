import { useEffect, useRef, useState } from 'react';
import { builtInReminder, MAX_REMINDERS, scheduleWords, type Reminder, type ReminderSettings, type RoutineSummary } from '../../electron/api/page';
import { useApi } from '../api-context';
import { FormError } from '../components/FormError';
import { newReminder, ReminderForm } from './ReminderForm';
import { settingsRefusal } from './settings-refusal';

/**
 * The person's reminders, each saved on its own: edit, pause, remove (their own) or restore
 * (a built-in), and add one. The editor opens in place of the reminder it edits.
 */
export function ReminderList({ initial }: { initial: ReminderSettings['reminders'] }) {
  const api = useApi();
  const [list, setList] = useState(initial);
  const [routines, setRoutines] = useState<RoutineSummary[]>([]);
  const [editing, setEditing] = useState<{ reminder: Reminder; isNew: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const section = useRef<HTMLElement>(null);
  // After an action, the keyboard goes to the reminder it changed (or to Add when it is gone).
  const focusNext = useRef<string | null>(null);
  useEffect(() => void api.routines.list({}).then(setRoutines), [api]);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    section.current?.querySelector<HTMLElement>(target)?.focus();
  });

  const apply = (settings: ReminderSettings, words: string, focus: string) => {
    setList(settings.reminders);
    setAnnounce(words);
    setError(null);
    focusNext.current = focus;
  };
  const act = (run: () => Promise<ReminderSettings>, words: string, focus: string) =>
    run().then((s) => apply(s, words, focus), (e: unknown) => setError(settingsRefusal(e)));
  const routineName = (id: string | null) => (id === null ? null : (routines.find((r) => r.id === id)?.name ?? 'a routine that is no longer there'));
  const editButton = (r: Reminder) => `[data-reminder="${r.id}"] .edit`;

  async function save(reminder: Reminder) {
    const settings = await api.reminders.saveReminder({ reminder });
    setEditing(null);
    apply(settings, `Saved “${reminder.name}”.`, `[data-reminder="${reminder.id}"] .edit`);
  }

  return (
    <section ref={section} aria-labelledby="reminders-heading" className="reminder-list">
      <h2 id="reminders-heading">Reminders</h2>
      <ul>
        {list.map((r) =>
          editing?.reminder.id === r.id ? (
            <li key={r.id}>
              <ReminderForm initial={r} routines={routines} isNew={false} save={save} cancel={() => ((focusNext.current = editButton(r)), setEditing(null))} />
            </li>
          ) : (
            <li key={r.id} data-reminder={r.id}>
              <p className="reminder-name">
                <strong>{r.name}</strong> {r.enabled ? null : <span className="paused-tag">Paused</span>}
              </p>
              <p className="hint">
                {scheduleWords(r.schedule)}.{routineName(r.routineId) && ` Opens ${routineName(r.routineId)}.`}
              </p>
              <div className="actions">
                <button type="button" className="edit" aria-label={`Edit ${r.name}`} onClick={() => setEditing({ reminder: r, isNew: false })}>
                  Edit
                </button>
                <button
                  type="button"
                  className="toggle"
                  aria-label={`${r.enabled ? 'Pause' : 'Resume'} ${r.name}`}
                  onClick={() => void act(() => api.reminders.saveReminder({ reminder: { ...r, enabled: !r.enabled } }), `${r.name} ${r.enabled ? 'paused' : 'on again'}.`, `[data-reminder="${r.id}"] .toggle`)}
                >
                  {r.enabled ? 'Pause' : 'Resume'}
                </button>
                {builtInReminder(r.id) ? (
                  <button type="button" onClick={() => void act(() => api.reminders.restoreReminder({ id: r.id }), `${builtInReminder(r.id)!.name} restored to its defaults.`, editButton(r))}>
                    Restore defaults<span className="visually-hidden"> of {r.name}</span>
                  </button>
                ) : (
                  <button type="button" aria-label={`Remove ${r.name}`} onClick={() => void act(() => api.reminders.removeReminder({ id: r.id }), `Removed “${r.name}”.`, '.add-reminder')}>
                    Remove
                  </button>
                )}
              </div>
            </li>
          ),
        )}
        {editing?.isNew && (
          <li>
            <ReminderForm initial={editing.reminder} routines={routines} isNew save={save} cancel={() => ((focusNext.current = '.add-reminder'), setEditing(null))} />
          </li>
        )}
      </ul>
      <FormError text={error} />
      <div className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </div>
      {!editing?.isNew && list.length < MAX_REMINDERS && (
        <button type="button" className="add-reminder" onClick={() => setEditing({ reminder: newReminder(), isNew: true })}>
          Add a reminder
        </button>
      )}
    </section>
  );
}

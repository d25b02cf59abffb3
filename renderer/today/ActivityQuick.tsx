import { useId, useState, type FormEvent } from 'react';
import { ACTIVITY_KINDS, type ActivityKind } from '../../electron/core/journal/vocabulary';
import { useApi } from '../api-context';
import { ACTIVITY_LABELS } from '../labels';
import { currentTimeZone } from '../time';

export function ActivityQuick({ onLogged }: { onLogged(message: string): void }) {
  const api = useApi();
  const id = useId();
  const [kind, setKind] = useState<ActivityKind>('walk');
  const [minutes, setMinutes] = useState('20');
  const [error, setError] = useState<string | null>(null);

  async function log(event: FormEvent) {
    event.preventDefault();
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > 1440) return setError('Minutes must be a whole number from 1 to 1440.');
    await api.journal.addActivity({ startedAt: Date.now() - n * 60_000, timeZone: currentTimeZone(), kind, minutes: n, note: '' });
    setError(null);
    onLogged(`Logged ${ACTIVITY_LABELS[kind].toLowerCase()}, ${n} min.`);
  }

  return (
    <section className="card quick" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Activity</h2>
      <form onSubmit={log} className="field-row" aria-label="Log an activity">
        <div className="field">
          <label htmlFor={`${id}-kind`}>What</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ActivityKind)}>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTIVITY_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-min`}>Minutes</label>
          <input id={`${id}-min`} type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} aria-invalid={error ? true : undefined} />
        </div>
        <button type="submit">Log activity</button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}

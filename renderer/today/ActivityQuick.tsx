import { useId, useState, type FormEvent } from 'react';
import type { ActivityKind } from '../../electron/api/page';
import { useApi } from '../api-context';
import { ActivityFields } from '../components/ActivityFields';
import { ACTIVITY_LABELS } from '../labels';
import { currentTimeZone, duration } from '../time';
import { FormError } from '../components/FormError';

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
    onLogged(`Logged ${ACTIVITY_LABELS[kind].toLowerCase()}, ${duration(n)}.`);
  }

  return (
    <section className="card quick" aria-labelledby={`${id}-h`} id="activity">
      <h2 id={`${id}-h`}>Activity</h2>
      <form onSubmit={log} className="field-row" aria-label="Log an activity">
        <ActivityFields kind={kind} minutes={minutes} onKind={setKind} onMinutes={setMinutes} invalid={error !== null} />
        <button type="submit">Log activity</button>
      </form>
      <FormError text={error} />
    </section>
  );
}

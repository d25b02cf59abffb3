import type { RedFlagAttention } from '../../electron/core/advice/views';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApi } from '../api-context';
import { currentTimeZone } from '../time';
import { FormError } from '../components/FormError';

type Field = 'pain' | 'stiffness' | 'sleep';
const FIELDS: readonly { key: Field; label: string }[] = [
  { key: 'pain', label: 'Pain today (0–10)' },
  { key: 'stiffness', label: 'Stiffness (0–10)' },
  { key: 'sleep', label: 'Sleep quality (0 poor – 10 great)' },
];

/** Today's check-in: one per day; opening it again shows what was saved, to edit. */
export function CheckInQuick({ day, onLogged }: { day: string; onLogged(message: string, attention: RedFlagAttention | null): void }) {
  const api = useApi();
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({ pain: '', stiffness: '', sleep: '' });
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.journal.checkIn({ day }).then((c) => {
      if (!c) return;
      setValues({ pain: String(c.pain), stiffness: String(c.stiffness), sleep: String(c.sleep) });
      setNote(c.note);
      setSaved(true);
    });
  }, [api, day]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const numbers = FIELDS.map(({ key }) => Number(values[key]));
    if (FIELDS.some(({ key }, i) => values[key].trim() === '' || !Number.isInteger(numbers[i]) || numbers[i]! < 0 || numbers[i]! > 10)) {
      return setError('Give each a whole number from 0 to 10.');
    }
    const [pain, stiffness, sleep] = numbers as [number, number, number];
    const checkIn = await api.journal.saveCheckIn({ day, timeZone: currentTimeZone(), pain, stiffness, sleep, note: note.trim() });
    setError(null);
    onLogged(saved ? 'Check-in updated.' : 'Check-in saved.', checkIn.attention);
    setSaved(true);
  }

  return (
    <section className="card quick" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Daily check-in</h2>
      <form onSubmit={save} aria-label="Daily check-in">
        <div className="field-row">
          {FIELDS.map(({ key, label }) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                type="number"
                min={0}
                max={10}
                value={values[key]}
                onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
              />
            </div>
          ))}
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <FormError text={error} />
        <button type="submit">{saved ? 'Update check-in' : 'Save check-in'}</button>
      </form>
    </section>
  );
}

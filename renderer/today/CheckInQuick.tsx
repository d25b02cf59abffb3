import type { RedFlagAttention } from '../../electron/api/page';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useApi } from '../api-context';
import { currentTimeZone } from '../time';
import { FormError } from '../components/FormError';
import { CheckInFields, readRatings, type Ratings } from '../components/CheckInFields';
import { answersOf, readAnswers, type Answers } from '../journal/check-in-answers';
import { useCheckInFactors } from '../journal/use-check-in-factors';

/** Today's check-in: one per day; opening it again shows what was saved, to edit. */
export function CheckInQuick({ day, onLogged }: { day: string; onLogged(message: string, attention: RedFlagAttention | null): void }) {
  const api = useApi();
  const id = useId();
  const [values, setValues] = useState<Ratings>({ pain: '', stiffness: '', sleep: '' });
  const [note, setNote] = useState('');
  const factors = useCheckInFactors();
  const [answers, setAnswers] = useState<Answers>({});
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.journal.checkIn({ day }).then((c) => {
      if (!c) return;
      setValues({ pain: String(c.pain), stiffness: String(c.stiffness), sleep: String(c.sleep) });
      setNote(c.note);
      setAnswers(answersOf(c.factors));
      setSaved(true);
    });
  }, [api, day]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const ratings = readRatings(values);
    if (typeof ratings === 'string') return setError(ratings);
    const given = readAnswers(answers);
    if (typeof given === 'string') return setError(given);
    const checkIn = await api.journal.saveCheckIn({ day, timeZone: currentTimeZone(), ...ratings, note: note.trim(), factors: given });
    setError(null);
    onLogged(saved ? 'Check-in updated.' : 'Check-in saved.', checkIn.attention);
    setSaved(true);
  }

  return (
    <section className="card quick" aria-labelledby={`${id}-h`} id="check-in">
      <h2 id={`${id}-h`}>Daily check-in</h2>
      <form onSubmit={save} aria-label="Daily check-in">
        <CheckInFields values={values} note={note} factors={factors} answers={answers} onValues={setValues} onNote={setNote} onAnswers={setAnswers}>
          <button type="submit">{saved ? 'Update check-in' : 'Save check-in'}</button>
        </CheckInFields>
        <FormError text={error} />
      </form>
    </section>
  );
}

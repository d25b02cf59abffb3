import { useId, useState, type FormEvent } from 'react';
import type { FoodTag } from '../../electron/api/page';
import { useApi } from '../api-context';
import { FoodGroups } from '../components/FoodGroups';
import { toggled } from '../components/ToggleGroup';
import { currentTimeZone } from '../time';
import { FormError } from '../components/FormError';

/** Food groups from the article, as toggles, and a note. */
export function FoodQuick({ onLogged }: { onLogged(message: string): void }) {
  const api = useApi();
  const id = useId();
  const [tags, setTags] = useState<FoodTag[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function log(event: FormEvent) {
    event.preventDefault();
    if (tags.length === 0 && note.trim() === '') return setError('Choose a food group or write a note.');
    await api.journal.addFood({ startedAt: Date.now(), timeZone: currentTimeZone(), tags, note: note.trim() });
    setTags([]);
    setNote('');
    setError(null);
    onLogged('Food logged.');
  }

  return (
    <section className="card quick" aria-labelledby={`${id}-h`} id="food">
      <h2 id={`${id}-h`}>Food</h2>
      <form onSubmit={log} aria-label="Log food">
        <FoodGroups chosen={tags} onToggle={(tag) => setTags((t) => toggled(t, tag))} />
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-note`}>What you ate (optional)</label>
            <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit">Log food</button>
        </div>
        <FormError text={error} />
      </form>
    </section>
  );
}

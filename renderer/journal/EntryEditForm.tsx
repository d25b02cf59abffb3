import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../electron/api/bridge';
import type { TimelineEntry } from '../../electron/core/journal/timeline';
import { FOOD_TAGS, type ActivityKind, type FoodTag } from '../../electron/core/journal/vocabulary';
import { useApi } from '../api-context';
import { ActivityFields } from '../components/ActivityFields';
import { FOOD_TAG_LABELS } from '../labels';
import { currentTimeZone, fromLocalInput, toLocalInput } from '../time';
import { FormError } from '../components/FormError';
import { cancelOnEscape } from './use-edit-toggle';

type Editable = Extract<TimelineEntry, { kind: 'activity' | 'supplement' | 'food' }>;

/** Edits an activity, a supplement dose or a food entry in place. */
export function EntryEditForm({ entry, onDone, onCancel }: { entry: Editable; onDone(): void; onCancel(): void }) {
  const api = useApi();
  const id = useId();
  const initialWhen = toLocalInput(entry.entry.startedAt);
  const [when, setWhen] = useState(initialWhen);
  const [note, setNote] = useState(entry.entry.note);
  const [kind, setKind] = useState<ActivityKind>(entry.kind === 'activity' ? entry.entry.kind : 'walk');
  const [minutes, setMinutes] = useState(entry.kind === 'activity' ? String(entry.entry.minutes) : '');
  const [dose, setDose] = useState(entry.kind === 'supplement' ? entry.entry.dose : '');
  const [tags, setTags] = useState<FoodTag[]>(entry.kind === 'food' ? entry.entry.tags : []);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    // The stored instant and zone stay unless the time was changed.
    const time = when === initialWhen ? {} : { startedAt: fromLocalInput(when), timeZone: currentTimeZone() };
    try {
      if (entry.kind === 'activity') await api.journal.updateActivity({ id: entry.entry.id, patch: { ...time, kind, minutes: Number(minutes), note } });
      if (entry.kind === 'supplement') await api.journal.updateSupplementDose({ id: entry.entry.id, patch: { ...time, dose, note } });
      if (entry.kind === 'food') await api.journal.updateFood({ id: entry.entry.id, patch: { ...time, tags, note } });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError && e.issues.length > 0 ? e.issues.map((i) => `${i.field.replace(/^patch\./, '')} ${i.message}`).join('; ') : String(e));
    }
  }

  return (
    <form className="episode-form" onSubmit={save} onKeyDown={cancelOnEscape(onCancel)} aria-label={`Edit ${entry.kind}`}>
      <FormError text={error} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-when`}>When</label>
          <input id={`${id}-when`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
        </div>
        {entry.kind === 'activity' && <ActivityFields kind={kind} minutes={minutes} onKind={setKind} onMinutes={setMinutes} />}
        {entry.kind === 'supplement' && (
          <div className="field">
            <label htmlFor={`${id}-dose`}>Dose</label>
            <input id={`${id}-dose`} value={dose} onChange={(e) => setDose(e.target.value)} />
          </div>
        )}
      </div>
      {entry.kind === 'food' && (
        <div className="tags" role="group" aria-label="Food groups">
          {FOOD_TAGS.map((tag) => (
            <button key={tag} type="button" aria-pressed={tags.includes(tag)} onClick={() => setTags((t) => (t.includes(tag) ? t.filter((x) => x !== tag) : [...t, tag]))}>
              {FOOD_TAG_LABELS[tag]}
            </button>
          ))}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Save changes
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../electron/api/bridge';
import type { TimelineEntry, ActivityKind, CheckInFactor, FoodTag } from '../../electron/api/page';
import { useApi } from '../api-context';
import { ActivityFields } from '../components/ActivityFields';
import { FoodGroups } from '../components/FoodGroups';
import { toggled } from '../components/ToggleGroup';
import { currentTimeZone, fromLocalInput, toLocalInput } from '../time';
import { FormError } from '../components/FormError';
import { formKeys } from './use-edit-toggle';
import { CheckInFields, readRatings, type Ratings } from '../components/CheckInFields';
import { answersOf, readAnswers, type Answers } from './check-in-answers';

type Editable = Exclude<TimelineEntry, { kind: 'episode' }>;

/** Edits an activity, a supplement dose, a food entry or a day's check-in (with the person's `factors`) in place. */
export function EntryEditForm({ entry, factors, onDone, onCancel }: { entry: Editable; factors: readonly CheckInFactor[]; onDone(): void; onCancel(): void }) {
  const api = useApi();
  const id = useId();
  const checkIn = entry.kind === 'check-in' ? entry.entry : null;
  const initialWhen = entry.kind === 'check-in' ? '' : toLocalInput(entry.entry.startedAt);
  const [when, setWhen] = useState(initialWhen);
  const [note, setNote] = useState(entry.entry.note);
  const [kind, setKind] = useState<ActivityKind>(entry.kind === 'activity' ? entry.entry.kind : 'walk');
  const [minutes, setMinutes] = useState(entry.kind === 'activity' ? String(entry.entry.minutes) : '');
  const [dose, setDose] = useState(entry.kind === 'supplement' ? entry.entry.dose : '');
  const [tags, setTags] = useState<FoodTag[]>(entry.kind === 'food' ? entry.entry.tags : []);
  const [ratings, setRatings] = useState<Ratings>({ pain: String(checkIn?.pain ?? ''), stiffness: String(checkIn?.stiffness ?? ''), sleep: String(checkIn?.sleep ?? '') });
  const [answers, setAnswers] = useState<Answers>(checkIn ? answersOf(checkIn.factors) : {});
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  // Opened from its entry's Edit button, which is now gone: the keyboard goes to the first field.
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);

  async function save(event: FormEvent) {
    event.preventDefault();
    // The stored instant and zone stay unless the time was changed.
    const time = when === initialWhen ? {} : { startedAt: fromLocalInput(when), timeZone: currentTimeZone() };
    try {
      if (entry.kind === 'activity') await api.journal.updateActivity({ id: entry.entry.id, patch: { ...time, kind, minutes: Number(minutes), note } });
      if (entry.kind === 'supplement') await api.journal.updateSupplementDose({ id: entry.entry.id, patch: { ...time, dose, note } });
      if (entry.kind === 'food') await api.journal.updateFood({ id: entry.entry.id, patch: { ...time, tags, note } });
      if (entry.kind === 'check-in') {
        const read = readRatings(ratings);
        if (typeof read === 'string') return setError(read);
        const given = readAnswers(answers);
        if (typeof given === 'string') return setError(given);
        await api.journal.saveCheckIn({ day: entry.entry.day, timeZone: entry.entry.timeZone, ...read, note, factors: given });
      }
      onDone();
    } catch (e) {
      setError(e instanceof ApiError && e.issues.length > 0 ? e.issues.map((i) => `${i.field.replace(/^patch\./, '')} ${i.message}`).join('; ') : String(e));
    }
  }

  return (
    <form ref={form} className="episode-form" onSubmit={save} onKeyDown={formKeys(onCancel)} aria-label={`Edit ${entry.kind}`}>
      <FormError text={error} />
      {checkIn && <CheckInFields values={ratings} note={note} factors={factors} answers={answers} onValues={setRatings} onNote={setNote} onAnswers={setAnswers} />}
      <div className="field-row">
        {!checkIn && (
          <div className="field">
            <label htmlFor={`${id}-when`}>When</label>
            <input id={`${id}-when`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
          </div>
        )}
        {entry.kind === 'activity' && <ActivityFields kind={kind} minutes={minutes} onKind={setKind} onMinutes={setMinutes} />}
        {entry.kind === 'supplement' && (
          <div className="field">
            <label htmlFor={`${id}-dose`}>Dose</label>
            <input id={`${id}-dose`} value={dose} onChange={(e) => setDose(e.target.value)} />
          </div>
        )}
      </div>
      {entry.kind === 'food' && (
        <FoodGroups chosen={tags} onToggle={(tag) => setTags((t) => toggled(t, tag))} />
      )}
      {!checkIn && (
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
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

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formKeys } from '../journal/use-edit-toggle';
import { ToggleGroup, toggled } from './ToggleGroup';
import { ApiError } from '../../electron/api/bridge';
import { PAIN_WORDS, RELIEF_HELPED, RELIEF_SUGGESTIONS, TRIGGER_SUGGESTIONS, type BodyArea, type Episode, type NewEpisode, type PainWord } from '../../electron/api/page';
import { PAIN_WORD_LABELS } from '../labels';
import { BodyMap } from './BodyMap';
import { currentTimeZone, fromLocalInput, toLocalInput } from '../time';

/** What the form produces: a complete episode as the contract's addEpisode takes it. */
export type EpisodeInput = NewEpisode;

type Field = 'when' | 'intensity' | 'areas' | 'qualities' | 'duration' | 'triggers' | 'relief' | 'helped' | 'notes';

interface Draft {
  when: string;
  intensity: string;
  areas: BodyArea[];
  qualities: PainWord[];
  duration: string;
  triggers: string;
  relief: string;
  /** '' when not said, else '0'–'3'. */
  helped: string;
  notes: string;
}

export interface EpisodeFormProps {
  /** Editing this episode; a new one when absent. */
  episode?: Episode;
  /** Where a new episode starts out (e.g. the places of the last one). */
  defaults?: Pick<EpisodeInput, 'areas'>;
  submitLabel: string;
  /**
   * Throws ApiError when the core refuses the input; the form then shows why, field by field.
   * A new-entry form keeps what was typed after success: the page remounts it (via `key`) to clear it.
   */
  onSubmit(input: EpisodeInput): Promise<void>;
  onCancel?(): void;
  /** Quick entry: time and the details start folded away. */
  quick?: boolean;
  autoFocus?: boolean;
}

function draftOf(episode: Episode | undefined, defaults: EpisodeFormProps['defaults']): Draft {
  return {
    when: toLocalInput(episode?.startedAt ?? Date.now()),
    intensity: episode ? String(episode.intensity) : '',
    areas: episode?.areas ?? defaults?.areas ?? ['lower-back-left', 'lower-back-right'],
    qualities: episode?.qualities ?? [],
    duration: episode?.durationMinutes ? String(episode.durationMinutes) : '',
    triggers: episode?.triggers.join(', ') ?? '',
    relief: episode?.relief.join(', ') ?? '',
    helped: episode?.reliefHelped === null || episode?.reliefHelped === undefined ? '' : String(episode.reliefHelped),
    notes: episode?.notes ?? '',
  };
}

const splitList = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** Maps a contract field path (`patch.triggers.0`, `startedAt`) to the form control that shows it. */
function fieldOf(path: string): Field | null {
  const head = path.replace(/^patch\./, '').split('.')[0];
  if (head === 'startedAt' || head === 'timeZone') return 'when';
  if (head === 'durationMinutes') return 'duration';
  if (head === 'reliefHelped') return 'helped';
  const fields: readonly string[] = ['intensity', 'areas', 'qualities', 'triggers', 'relief', 'notes'];
  return head !== undefined && fields.includes(head) ? (head as Field) : null;
}

export function EpisodeForm({ episode, defaults, submitLabel, onSubmit, onCancel, quick, autoFocus }: EpisodeFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(episode, defaults));
  // The time field's starting value: left as it was, the episode keeps its exact instant (or, when
  // new, takes the moment of submitting) instead of a minute-precision reading of the field.
  const [initialWhen] = useState(draft.when);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // Opened for a rating: the keyboard starts in it, and typing replaces a rating already there.
  const rating = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    rating.current?.focus();
    rating.current?.select();
  }, [autoFocus]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function toInput(): EpisodeInput {
    const timeEdited = draft.when !== initialWhen;
    return {
      startedAt: timeEdited ? fromLocalInput(draft.when) : (episode?.startedAt ?? Date.now()),
      timeZone: !timeEdited && episode ? episode.timeZone : currentTimeZone(),
      intensity: Number(draft.intensity),
      areas: draft.areas,
      qualities: draft.qualities,
      durationMinutes: draft.duration.trim() === '' ? null : Number(draft.duration),
      triggers: splitList(draft.triggers),
      relief: splitList(draft.relief),
      reliefHelped: draft.helped === '' ? null : Number(draft.helped),
      notes: draft.notes.trim(),
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    if (draft.intensity.trim() === '') {
      setErrors({ intensity: 'Enter how bad it is, from 0 to 10' });
      setFormError('Please check the highlighted fields.');
      return;
    }
    setSaving(true);
    try {
      await onSubmit(toInput());
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const byField: Partial<Record<Field, string>> = {};
      for (const issue of error.issues) {
        const field = fieldOf(issue.field);
        if (field && !byField[field]) byField[field] = issue.message;
      }
      setErrors(byField);
      setFormError(Object.keys(byField).length > 0 ? 'Please check the highlighted fields.' : error.message);
    } finally {
      setSaving(false);
    }
  }

  const describe = (field: Field, hint?: string) => {
    const ids = [hint ? `${id}-${field}-hint` : '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean);
    return {
      id: `${id}-${field}`,
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    };
  };
  const errorText = (field: Field) =>
    errors[field] ? (
      <p className="field-error" id={`${id}-${field}-error`}>
        {errors[field]}
      </p>
    ) : null;

  const textField = (field: 'triggers' | 'relief', label: string, hint: string, suggestions: readonly string[]) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <ToggleGroup
        label={`${label}: suggestions`}
        options={suggestions.map((word) => ({ value: word, label: word }))}
        chosen={splitList(draft[field])}
        onToggle={(word) => set(field, toggled(splitList(draft[field]), word).join(', '))}
      />
      <input type="text" value={draft[field]} onChange={(e) => set(field, e.target.value)} {...describe(field, hint)} />
      <p className="hint" id={`${id}-${field}-hint`}>
        {hint}
      </p>
      {errorText(field)}
    </div>
  );

  // The fields most often filled come first; the start time is usually "now" and comes last.
  const details = (
    <>
      <div className="field field-wide">
        <span className="label" aria-hidden="true">
          What it feels like
        </span>
        <ToggleGroup
          label="What it feels like"
          options={PAIN_WORDS.map((word) => ({ value: word, label: PAIN_WORD_LABELS[word] }))}
          chosen={draft.qualities}
          onToggle={(word) => set('qualities', toggled(draft.qualities, word))}
        />
        {errorText('qualities')}
      </div>
      {textField('triggers', 'Possible triggers', 'Choose above or type your own, separated by commas', TRIGGER_SUGGESTIONS)}
      {textField('relief', 'Relief tried', 'Choose above or type your own, separated by commas', RELIEF_SUGGESTIONS)}
      <div className="field">
        <label htmlFor={`${id}-helped`}>How much it helped</label>
        <select value={draft.helped} onChange={(e) => set('helped', e.target.value)} {...describe('helped')}>
          <option value="">Not said</option>
          {RELIEF_HELPED.map((words, n) => (
            <option key={words} value={String(n)}>
              {words}
            </option>
          ))}
        </select>
        {errorText('helped')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-duration`}>How long it lasted (minutes)</label>
        <input type="number" min={1} value={draft.duration} onChange={(e) => set('duration', e.target.value)} {...describe('duration')} />
        {errorText('duration')}
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} {...describe('notes', 'Ctrl+Enter saves from here')} />
        <p className="hint" id={`${id}-notes-hint`}>
          Ctrl+Enter saves from here
        </p>
        {errorText('notes')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>When it started</label>
        <input type="datetime-local" value={draft.when} onChange={(e) => set('when', e.target.value)} {...describe('when')} />
        {errorText('when')}
      </div>
    </>
  );

  return (
    <form className="episode-form" onSubmit={submit} onKeyDown={formKeys(onCancel)} noValidate aria-label={episode ? 'Edit episode' : 'Log pain'}>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-intensity`}>Pain (0–10)</label>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            required
            ref={rating}
            onFocus={(e) => e.target.select()}
            value={draft.intensity}
            onChange={(e) => set('intensity', e.target.value)}
            {...describe('intensity', '0 is none, 10 the worst imaginable')}
          />
          <p className="hint" id={`${id}-intensity-hint`}>
            0 is none, 10 the worst imaginable
          </p>
          {errorText('intensity')}
        </div>
        <div className="field">
          <span className="label" id={`${id}-areas-label`}>
            Where
          </span>
          <BodyMap labelId={`${id}-areas-label`} value={draft.areas} onChange={(areas) => set('areas', areas)} />
          {errorText('areas')}
        </div>
      </div>
      {quick ? (
        <details className="more-details">
          <summary>What it feels like, triggers, relief and notes</summary>
          <div className="field-row">{details}</div>
        </details>
      ) : (
        <div className="field-row">{details}</div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

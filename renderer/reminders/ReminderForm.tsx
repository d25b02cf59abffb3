import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Reminder, ReminderSchedule, RoutineSummary } from '../../electron/api/page';
import { FieldError, fieldErrors, invalidProps } from '../components/FieldError';
import { formKeys } from '../journal/use-edit-toggle';
import { useLeaveGuard } from '../leave-guard';
import { DayChoice } from './DayChoice';
import { settingsRefusal } from './settings-refusal';

const DESK: ReminderSchedule = { type: 'desk-time', everyMinutes: 45, breakMinutes: 5 };
const CLOCK: ReminderSchedule = { type: 'clock', times: ['10:30'], days: [1, 2, 3, 4, 5] };

/** A reminder the person is adding: off nothing, named by them, its id made here and kept for good. */
export function newReminder(): Reminder {
  const id = `mine-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  return { id, name: '', message: '', enabled: true, schedule: DESK, routineId: null };
}

/** Adds or edits one reminder: name, message, when (desk time or clock times on days), and a routine to open. */
export function ReminderForm(props: { initial: Reminder; routines: RoutineSummary[]; isNew: boolean; save(r: Reminder): Promise<void>; cancel(): void }) {
  const { initial, routines, isNew, save, cancel } = props;
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<string | null>(null);
  const unsaved = JSON.stringify(draft) !== JSON.stringify(initial);
  useLeaveGuard(unsaved ? 'A reminder you are editing is not saved.' : null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  const { schedule } = draft;
  const error = (path: string) => errors[`reminder.${path}`];
  const setSchedule = (next: ReminderSchedule) => setDraft((d) => ({ ...d, schedule: next }));
  const timesError = schedule.type === 'clock' ? (error('schedule.times') ?? schedule.times.map((_, i) => error(`schedule.times.${i}`)).find(Boolean)) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await save(draft);
    } catch (e) {
      setErrors(fieldErrors(e));
      setRefused(settingsRefusal(e));
    }
  }

  return (
    <form ref={form} className="reminder-form" onSubmit={submit} onKeyDown={formKeys(cancel)} aria-label={isNew ? 'New reminder' : `Edit ${initial.name}`} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={draft.name} maxLength={40} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} {...invalidProps(`${id}-name`, error('name'))} />
        <FieldError inputId={`${id}-name`} message={error('name')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-message`}>Message (optional)</label>
        <input id={`${id}-message`} value={draft.message} maxLength={200} onChange={(e) => setDraft((d) => ({ ...d, message: e.target.value }))} {...invalidProps(`${id}-message`, error('message'))} />
        <FieldError inputId={`${id}-message`} message={error('message')} />
      </div>
      <fieldset>
        <legend>When</legend>
        <label className="inline">
          <input type="radio" name={`${id}-type`} checked={schedule.type === 'desk-time'} onChange={() => setSchedule(DESK)} /> Every so many minutes at the computer
        </label>
        <label className="inline">
          <input type="radio" name={`${id}-type`} checked={schedule.type === 'clock'} onChange={() => setSchedule(CLOCK)} /> At set times
        </label>
        {schedule.type === 'desk-time' ? (
          <div className="field-row">
            <NumberField id={`${id}-every`} label="Every (minutes at the computer)" value={schedule.everyMinutes} error={error('schedule.everyMinutes')} onChange={(everyMinutes) => setSchedule({ ...schedule, everyMinutes })} />
            <NumberField id={`${id}-break`} label="A break of (idle minutes) restarts the count" value={schedule.breakMinutes} error={error('schedule.breakMinutes')} onChange={(breakMinutes) => setSchedule({ ...schedule, breakMinutes })} />
          </div>
        ) : (
          <>
            <div className="field-row" role="group" aria-label="Times" aria-describedby={timesError ? `${id}-times-error` : undefined}>
              {schedule.times.map((time, i) => (
                <div className="field" key={i}>
                  <label htmlFor={`${id}-time-${i}`}>Time {i + 1}</label>
                  <input id={`${id}-time-${i}`} type="time" value={time} onChange={(e) => setSchedule({ ...schedule, times: schedule.times.map((t, j) => (j === i ? e.target.value : t)) })} {...invalidProps(`${id}-times`, error(`schedule.times.${i}`))} />
                  {schedule.times.length > 1 && (
                    <button type="button" className="link" onClick={() => setSchedule({ ...schedule, times: schedule.times.filter((_, j) => j !== i) })}>
                      Remove time {i + 1}
                    </button>
                  )}
                </div>
              ))}
            </div>
            <FieldError inputId={`${id}-times`} message={timesError} />
            {schedule.times.length < 6 && (
              <button type="button" onClick={() => setSchedule({ ...schedule, times: [...schedule.times, '15:00'] })}>
                Add a time
              </button>
            )}
            <DayChoice label="On these days" shownLabel inputId={`${id}-days`} value={schedule.days} error={error('schedule.days')} onChange={(days) => setSchedule({ ...schedule, days })} />
          </>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-routine`}>Opens a routine</label>
        <select id={`${id}-routine`} value={draft.routineId ?? ''} onChange={(e) => setDraft((d) => ({ ...d, routineId: e.target.value || null }))} {...invalidProps(`${id}-routine`, error('routineId'))}>
          <option value="">None</option>
          {routines.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <FieldError inputId={`${id}-routine`} message={error('routineId')} />
      </div>
      {refused && (
        <p role="alert" className="form-error">
          {refused}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {isNew ? 'Add reminder' : 'Save reminder'}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NumberField({ id, label, value, error, onChange }: { id: string; label: string; value: number; error: string | undefined; onChange(n: number): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" value={Number.isNaN(value) ? '' : value} onChange={(e) => onChange(e.target.valueAsNumber)} {...invalidProps(id, error)} />
      <FieldError inputId={id} message={error} />
    </div>
  );
}

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../electron/api/bridge';
import { ACTIVITY_KINDS, ROUTINE_LIMITS, type ActivityKind, type OwnRoutine } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { FieldError, fieldErrors, invalidProps } from '../components/FieldError';
import { FormError } from '../components/FormError';
import { href } from '../hash-route';
import { ACTIVITY_LABELS } from '../labels';
import { useLeaveGuard } from '../leave-guard';
import { useAsync } from '../use-async';
import { blankStep, errorsByStep, moveStep, toDraft, toInput, type RoutineDraft, type StepDraft } from './routine-draft';
import { routineRefusal, stepNames } from './routine-words';
import { RoutinePreview } from './RoutinePreview';
import { StepFields, type StepFocus } from './StepFields';
import './routine-editor.css';

/** The editor for one of the person's routines (`id`), or a new one (null). */
export function RoutineEditor({ id, onSaved }: { id: string | null; onSaved(routine: OwnRoutine): void }) {
  const api = useApi();
  const loaded = useAsync(async () => {
    if (id === null) return { routine: null, basedOn: null };
    const detail = await api.routines.get({ id });
    if (detail.builtIn) throw new Error(`“${detail.routine.title}” comes with Limber and stays as it is: make a copy of it on the Routines page to change it.`);
    const { basedOn } = detail.routine;
    const source = basedOn ? (await api.routines.list({})).find((r) => r.id === basedOn) : undefined;
    return { routine: detail.routine, basedOn: source?.name ?? null };
  }, [api, id]);
  return (
    <>
      <p className="breadcrumb">
        <a href={href('routines')}>Routines</a>
      </p>
      <AsyncView state={loaded}>{({ routine, basedOn }) => <EditorForm routine={routine} basedOn={basedOn} onSaved={onSaved} />}</AsyncView>
    </>
  );
}

interface EditorFormProps {
  routine: OwnRoutine | null;
  /** The name of the built-in routine this one was copied from. */
  basedOn: string | null;
  onSaved(routine: OwnRoutine): void;
}

function EditorForm({ routine, basedOn, onSaved }: EditorFormProps) {
  const api = useApi();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState(() => toDraft(routine));
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ key: number; to: StepFocus } | null>(null);
  const [stored, setStored] = useState<OwnRoutine | null>(null);
  const unsaved = JSON.stringify(toInput(draft)) !== JSON.stringify(toInput(saved));
  useLeaveGuard(unsaved ? 'Your routine is not saved.' : null);

  // Told only once the page has no unsaved changes, so moving on does not ask to lose them.
  useEffect(() => {
    if (stored) onSaved(stored);
  }, [stored, onSaved]);

  // After a refusal the keyboard goes to the first field named, where its message is read out.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input[aria-invalid="true"], textarea[aria-invalid="true"], select[aria-invalid="true"]')?.focus();
  }, [errors]);

  const focused = useCallback(() => setFocus(null), []);
  const update = (change: (d: RoutineDraft) => RoutineDraft) => setDraft(change);
  const changeStep = (key: number, patch: Partial<StepDraft>) => update((d) => ({ ...d, steps: d.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) }));

  function addStep() {
    const step = blankStep();
    update((d) => ({ ...d, steps: [...d.steps, step] }));
    setFocus({ key: step.key, to: 'title' });
  }

  function removeStep(index: number) {
    const rest = draft.steps.filter((_, i) => i !== index);
    setDraft({ ...draft, steps: rest });
    setFocus({ key: rest[Math.min(index, rest.length - 1)]!.key, to: 'title' });
  }

  function move(index: number, by: -1 | 1) {
    setDraft(moveStep(draft, index, by));
    setFocus({ key: draft.steps[index]!.key, to: by < 0 ? 'up' : 'down' });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const routineId = routine ? { id: routine.id } : {};
      const result = await api.routines.save({ ...routineId, ...toInput(draft) });
      setSaved(draft);
      setErrors({});
      setMessage(null);
      setStored(result);
    } catch (error) {
      setErrors(errorsByStep(fieldErrors(error), draft));
      setMessage(error instanceof ApiError && error.issues.length > 0 ? routineRefusal(error.issues) : error instanceof Error ? error.message : String(error));
    }
  }

  const names = stepNames(draft.steps.map((s) => s.title));
  const stepErrors = (key: number) => Object.fromEntries(Object.entries(errors).flatMap(([field, text]) => (field.startsWith(`${key}.`) ? [[field.slice(`${key}.`.length), text]] : [])));
  return (
    <>
      <h1>{routine ? `Edit “${routine.name}”` : 'New routine'}</h1>
      {basedOn && <p className="hint">Your own copy of {basedOn}: change it as you like, the one that comes with Limber stays as it is.</p>}
      <form ref={form} className="routine-editor" onSubmit={(e) => void save(e)} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} value={draft.name} maxLength={ROUTINE_LIMITS.name} onChange={(e) => update((d) => ({ ...d, name: e.target.value }))} {...invalidProps(`${id}-name`, errors.name)} />
            <FieldError inputId={`${id}-name`} message={errors.name} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-activity`}>Log it in the journal as</label>
            <select id={`${id}-activity`} value={draft.activity} onChange={(e) => update((d) => ({ ...d, activity: e.target.value as ActivityKind }))} {...invalidProps(`${id}-activity`, errors.activity)}>
              {ACTIVITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {ACTIVITY_LABELS[kind]}
                </option>
              ))}
            </select>
            <FieldError inputId={`${id}-activity`} message={errors.activity} />
          </div>
        </div>
        <h2 id={`${id}-steps`}>Steps</h2>
        <ol className="step-list" aria-labelledby={`${id}-steps`}>
          {draft.steps.map((step, index) => (
            <li key={step.key}>
              <StepFields
                step={step}
                index={index}
                count={draft.steps.length}
                name={names[index]!}
                errors={stepErrors(step.key)}
                focus={focus?.key === step.key ? focus.to : null}
                onFocused={focused}
                onChange={(patch) => changeStep(step.key, patch)}
                onMove={(by) => move(index, by)}
                onRemove={() => removeStep(index)}
              />
            </li>
          ))}
        </ol>
        {errors.steps && <p className="field-error">Steps {errors.steps}</p>}
        <div className="step-actions">
          <button type="button" onClick={addStep} disabled={draft.steps.length >= ROUTINE_LIMITS.steps.max} aria-describedby={`${id}-steps-count`}>
            Add a step
          </button>
          <span className="hint" id={`${id}-steps-count`}>
            {draft.steps.length} of at most {ROUTINE_LIMITS.steps.max} steps
          </span>
        </div>
        <FormError text={message} />
        <div className="step-actions">
          <button type="submit" className="primary">
            Save
          </button>
          {unsaved && <span className="hint">Not saved yet</span>}
        </div>
      </form>
      <RoutinePreview draft={draft} />
    </>
  );
}

import { useEffect, useId, useRef } from 'react';
import { ROUTINE_LIMITS } from '../../electron/api/page';
import { FieldError, invalidProps } from '../components/FieldError';
import { IllustrationPicker } from './IllustrationPicker';
import type { StepDraft } from './routine-draft';

/** Which of a step's controls should take the keyboard next (after it was added or moved). */
export type StepFocus = 'title' | 'up' | 'down';

export interface StepFieldsProps {
  step: StepDraft;
  index: number;
  count: number;
  /** How the step's buttons name it: its title, or its number when that does not tell it apart. */
  name: string;
  /** This step's refused fields by name (`title`, `seconds`…). */
  errors: Record<string, string | undefined>;
  focus: StepFocus | null;
  onFocused(): void;
  onChange(patch: Partial<StepDraft>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

const { title: TITLE_MAX, text: TEXT_MAX, seconds: SECONDS, reps: REPS } = ROUTINE_LIMITS;

/** One step of the routine editor: what it is called and says, how long or how often, its picture. */
export function StepFields({ step, index, count, name, errors, focus, onFocused, onChange, onMove, onRemove }: StepFieldsProps) {
  const id = useId();
  const title = useRef<HTMLInputElement>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const first = index === 0;
  const last = index === count - 1;

  // A moved step keeps the keyboard on the button that moved it, or on the other one once it
  // reaches an end (a disabled button cannot hold focus).
  useEffect(() => {
    if (!focus) return;
    const target = focus === 'title' ? title : (focus === 'up' && !first) || (focus === 'down' && last) ? up : down;
    target.current?.focus();
    onFocused();
  }, [focus, first, last, onFocused]);

  const timed = step.measure === 'seconds';
  const limits = timed ? SECONDS : REPS;
  const amountError = errors[step.measure];
  return (
    <fieldset className="step-fields">
      <legend>
        Step {index + 1}
        {step.title.trim() && `: ${step.title.trim()}`}
      </legend>
      <div className="field-row">
        <div className="field field-wide">
          <label htmlFor={`${id}-title`}>Title</label>
          <input ref={title} id={`${id}-title`} value={step.title} maxLength={TITLE_MAX} onChange={(e) => onChange({ title: e.target.value })} {...invalidProps(`${id}-title`, errors.title)} />
          <FieldError inputId={`${id}-title`} message={errors.title} />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-text`}>What to do</label>
          <textarea id={`${id}-text`} rows={2} value={step.text} maxLength={TEXT_MAX} onChange={(e) => onChange({ text: e.target.value })} {...invalidProps(`${id}-text`, errors.text)} />
          <FieldError inputId={`${id}-text`} message={errors.text} />
        </div>
      </div>
      <div className="field-row">
        <fieldset className="step-measure">
          <legend>How much</legend>
          <label className="inline">
            <input type="radio" name={`${id}-measure`} checked={timed} onChange={() => onChange({ measure: 'seconds' })} /> Timed (seconds)
          </label>
          <label className="inline">
            <input type="radio" name={`${id}-measure`} checked={!timed} onChange={() => onChange({ measure: 'reps' })} /> Repetitions
          </label>
        </fieldset>
        <div className="field field-narrow">
          <label htmlFor={`${id}-amount`}>{timed ? 'Seconds' : 'Times'}</label>
          <input
            id={`${id}-amount`}
            type="number"
            min={limits.min}
            max={limits.max}
            step={1}
            value={step.amount}
            onChange={(e) => onChange({ amount: e.target.value })}
            {...invalidProps(`${id}-amount`, amountError)}
          />
          <FieldError inputId={`${id}-amount`} message={amountError} />
        </div>
      </div>
      <IllustrationPicker value={step.illustration} error={errors.illustration} onChange={(illustration) => onChange({ illustration })} />
      <div className="step-actions">
        <button ref={up} type="button" disabled={first} onClick={() => onMove(-1)}>
          Move<span className="visually-hidden"> {name}</span> up
        </button>
        <button ref={down} type="button" disabled={last} onClick={() => onMove(1)}>
          Move<span className="visually-hidden"> {name}</span> down
        </button>
        <button type="button" disabled={count === 1} onClick={onRemove}>
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </fieldset>
  );
}

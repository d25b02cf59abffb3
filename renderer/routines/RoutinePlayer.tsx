import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { chime } from './chime';
import { BREATHING_LIMITS, defaultBreathing, planRoutine, type BreathingOptions, type Playable, type RoutineOutcome, type RoutineReport } from './plan';
import { RoutineResult } from './RoutineResult';
import { stepMeasure } from './routine-words';
import { StepIllustration } from './StepIllustration';
import { useRoutineTimer } from './use-routine-timer';

export interface RoutinePlayerProps {
  routine: Playable;
  /** Called once when the last step ends or is skipped, with what was actually done. */
  onFinished(outcome: RoutineOutcome): Promise<RoutineReport>;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function RoutinePlayer({ routine, onFinished }: RoutinePlayerProps) {
  const [breathing, setBreathing] = useState<BreathingOptions>(() => defaultBreathing(routine));
  const steps = useMemo(() => planRoutine(routine, breathing), [routine, breathing]);
  const { state, dispatch } = useRoutineTimer(steps);
  const [sound, setSound] = useState(false);
  const [report, setReport] = useState<Promise<RoutineReport> | null>(null);
  const logged = useRef(false);
  const started = state.running || state.elapsed > 0 || state.index > 0;
  const step = steps[state.index];
  const counted = step?.reps != null;

  useEffect(() => {
    if (sound && started && !state.done) chime();
    // Only a step change rings, not toggling the sound or pausing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.index]);

  useEffect(() => {
    if (!state.done || logged.current) return;
    logged.current = true;
    setReport(onFinished({ seconds: state.elapsed, stepsDone: state.completed, stepsSkipped: state.skipped }));
  }, [state.done, state.elapsed, state.completed, state.skipped, onFinished]);

  if (state.done) {
    return (
      <div className="player">
        <p className="player-done" role="status">
          {state.completed === 0 ? `${routine.title}: every step skipped.` : `Well done: ${routine.title} finished.`}{' '}
          {state.completed} of {steps.length} steps done{state.skipped > 0 ? `, ${state.skipped} skipped` : ''}.
        </p>
        {report && <RoutineResult report={report} />}
      </div>
    );
  }

  return (
    <div className="player">
      {routine.kind === 'breathing' && !started && <BreathingSettings value={breathing} onChange={setBreathing} />}
      <div
        className="progress"
        role="progressbar"
        aria-label="Routine progress"
        aria-valuemin={0}
        aria-valuemax={steps.length}
        aria-valuenow={state.index}
        aria-valuetext={`Step ${state.index + 1} of ${steps.length}`}
      >
        <div className="progress-bar" style={{ width: `${(state.index / steps.length) * 100}%` }} />
      </div>
      {step && (
        // Announced once as each step starts, with how long it lasts; the countdown itself is not
        // read out every second (a timer is silent until someone reads it).
        <div className="step" aria-live="polite">
          <p className="hint">
            Step {state.index + 1} of {steps.length}, {stepMeasure(step)}
          </p>
          <h2>{step.title}</h2>
          <p>{step.instruction}</p>
        </div>
      )}
      <StepIllustration id={step?.illustration} moving={state.running} />
      {step?.phase && (
        <div
          className={`pacer pacer-${step.phase}`}
          aria-hidden="true"
          style={{ transitionDuration: `${step.seconds}s` }}
          data-running={state.running}
        />
      )}
      {step && counted ? (
        // No countdown: the person does the step as often as it says, then says so.
        <p className="countdown" aria-hidden="true">
          {stepMeasure(step)}
        </p>
      ) : (
        <p className="countdown" role="timer">
          <span aria-hidden="true">{clock(state.remaining)}</span>
          <span className="visually-hidden">{state.remaining} seconds left in this step</span>
        </p>
      )}
      <div className="actions">
        <button type="button" className={counted && state.running ? undefined : 'primary'} onClick={() => dispatch({ type: state.running ? 'pause' : 'play' })}>
          {state.running ? 'Pause' : started ? 'Resume' : 'Start'}
        </button>
        {counted && (
          <button type="button" className={state.running ? 'primary' : undefined} onClick={() => dispatch({ type: 'done' })}>
            Done
          </button>
        )}
        <button type="button" onClick={() => dispatch({ type: 'skip' })}>
          Skip step
        </button>
        <label className="inline">
          <input type="checkbox" checked={sound} onChange={(e) => setSound(e.target.checked)} /> Gentle sound at each step
        </label>
      </div>
    </div>
  );
}

function BreathingSettings({ value, onChange }: { value: BreathingOptions; onChange(v: BreathingOptions): void }) {
  return (
    <fieldset className="field-row">
      <legend>Pace</legend>
      <PaceField label="Breathe in (seconds)" value={value.inhaleSeconds} limits={BREATHING_LIMITS.seconds} onChange={(n) => onChange({ ...value, inhaleSeconds: n })} />
      <PaceField label="Breathe out (seconds)" value={value.exhaleSeconds} limits={BREATHING_LIMITS.seconds} onChange={(n) => onChange({ ...value, exhaleSeconds: n })} />
      <PaceField label="Breaths" value={value.cycles} limits={BREATHING_LIMITS.cycles} onChange={(n) => onChange({ ...value, cycles: n })} />
    </fieldset>
  );
}

interface PaceFieldProps {
  label: string;
  value: number;
  limits: { min: number; max: number };
  onChange(value: number): void;
}

/** Keeps what is typed (so "1" on the way to "12" is fine) and applies it once it is in range. */
function PaceField({ label, value, limits, onChange }: PaceFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const inRange = (t: string) => t.trim() !== '' && Number.isInteger(Number(t)) && Number(t) >= limits.min && Number(t) <= limits.max;
  const valid = inRange(text);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={limits.min}
        max={limits.max}
        value={text}
        aria-invalid={!valid || undefined}
        aria-describedby={`${id}-range`}
        onChange={(e) => {
          setText(e.target.value);
          if (inRange(e.target.value)) onChange(Number(e.target.value));
        }}
        onBlur={() => setText(String(value))}
      />
      <p className="hint" id={`${id}-range`}>
        {limits.min}–{limits.max}
      </p>
    </div>
  );
}

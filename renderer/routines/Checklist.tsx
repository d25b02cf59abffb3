import { useState } from 'react';
import type { Routine } from '../../electron/api/page';
import type { RoutineOutcome, RoutineReport } from './plan';
import { RoutineResult } from './RoutineResult';
import { StepIllustration } from './StepIllustration';

/** A checklist routine: ticked off at the person's own pace, finished when every box is ticked. */
export function Checklist({ routine, onFinished }: { routine: Routine; onFinished(outcome: RoutineOutcome): Promise<RoutineReport> }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [startedAt] = useState(() => Date.now());
  const [result, setResult] = useState<Promise<RoutineReport> | null>(null);
  const all = ticked.size === routine.steps.length;

  function finish() {
    setResult(onFinished({ seconds: Math.round((Date.now() - startedAt) / 1000), stepsDone: ticked.size, stepsSkipped: 0 }));
  }

  return (
    <div className="player">
      <ul className="checklist">
        {routine.steps.map((step) => (
          <li key={step.id}>
            <StepIllustration id={step.illustration} small />
            <label>
              <input
                type="checkbox"
                checked={ticked.has(step.id)}
                disabled={result !== null}
                onChange={(e) => {
                  const next = new Set(ticked);
                  if (e.target.checked) next.add(step.id);
                  else next.delete(step.id);
                  setTicked(next);
                }}
              />{' '}
              <strong>{step.title}</strong> {step.instruction}
            </label>
          </li>
        ))}
      </ul>
      <p className="hint" aria-live="polite">
        {ticked.size} of {routine.steps.length} done
      </p>
      {result ? (
        <RoutineResult report={result} />
      ) : (
        <button type="button" className="primary" disabled={!all} onClick={finish}>
          Finish
        </button>
      )}
    </div>
  );
}

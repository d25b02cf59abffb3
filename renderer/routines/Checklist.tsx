import { useState } from 'react';
import type { Routine } from '../../electron/core/advice/content';

/** A checklist routine: ticked off at the person's own pace, finished when every box is ticked. */
export function Checklist({ routine, onFinished }: { routine: Routine; onFinished(seconds: number): Promise<string> }) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [startedAt] = useState(() => Date.now());
  const [result, setResult] = useState<string | null>(null);
  const all = ticked.size === routine.steps.length;

  async function finish() {
    try {
      setResult(await onFinished(Math.round((Date.now() - startedAt) / 1000)));
    } catch (e) {
      setResult(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="player">
      <ul className="checklist">
        {routine.steps.map((step) => (
          <li key={step.id}>
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
        <p role="status">{result}</p>
      ) : (
        <button type="button" className="primary" disabled={!all} onClick={() => void finish()}>
          Finish
        </button>
      )}
    </div>
  );
}

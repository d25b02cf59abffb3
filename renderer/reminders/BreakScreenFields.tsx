import { useId } from 'react';
import type { ReminderSettings } from '../../electron/api/page';
import { FieldError, invalidProps } from '../components/FieldError';

type BreakScreen = ReminderSettings['breakScreen'];

const MODES: readonly { mode: BreakScreen['mode']; label: string }[] = [
  { mode: 'banner', label: 'A banner and a notification' },
  { mode: 'screen', label: 'Also a break screen with the warm-up and a countdown' },
  { mode: 'strict', label: 'A strict break screen: no Skip at first' },
];

/** How a break that opens a routine shows (the built-in movement break, or one of the person's); the break screen waits for a pause in typing and never covers full screen. */
export function BreakScreenFields({ value, error, onChange }: { value: BreakScreen; error: string | undefined; onChange(value: BreakScreen): void }) {
  const id = useId();
  return (
    <fieldset>
      <legend>Breaks that open a routine show</legend>
      {MODES.map(({ mode, label }) => (
        <label className="inline" key={mode}>
          <input type="radio" name={`${id}-mode`} checked={value.mode === mode} onChange={() => onChange({ ...value, mode })} /> {label}
        </label>
      ))}
      {value.mode === 'strict' && (
        <div className="field">
          <label htmlFor={`${id}-strict`}>No Skip for the first (seconds)</label>
          <input
            id={`${id}-strict`}
            type="number"
            min={10}
            max={300}
            value={Number.isNaN(value.strictSeconds) ? '' : value.strictSeconds}
            onChange={(e) => onChange({ ...value, strictSeconds: e.target.valueAsNumber })}
            {...invalidProps(`${id}-strict`, error)}
          />
          <FieldError inputId={`${id}-strict`} message={error} />
        </div>
      )}
      <p className="hint">The break screen opens once you pause typing, without taking the keyboard, and never over something full screen.</p>
    </fieldset>
  );
}

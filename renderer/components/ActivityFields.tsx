import { useId } from 'react';
import { ACTIVITY_KINDS, type ActivityKind } from '../../electron/api/page';
import { ACTIVITY_LABELS } from '../labels';

/**
 * What activity and for how long: shared by quick entry and editing. Each activity is numbered,
 * so typing its number in the list picks it (the list's own type-to-find).
 */
export function ActivityFields(props: {
  kind: ActivityKind;
  minutes: string;
  onKind(kind: ActivityKind): void;
  onMinutes(minutes: string): void;
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-kind`}>What</label>
        <select id={`${id}-kind`} value={props.kind} onChange={(e) => props.onKind(e.target.value as ActivityKind)}>
          {ACTIVITY_KINDS.map((k, index) => (
            <option key={k} value={k}>
              {`${index + 1} ${ACTIVITY_LABELS[k]}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-narrow">
        <label htmlFor={`${id}-minutes`}>Minutes</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={1}
          max={1440}
          value={props.minutes}
          onFocus={(e) => e.target.select()}
          onChange={(e) => props.onMinutes(e.target.value)}
          aria-invalid={props.invalid || undefined}
        />
      </div>
    </>
  );
}

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type Rating = 'pain' | 'stiffness' | 'sleep';
export type Ratings = Record<Rating, string>;

const RATINGS: readonly { key: Rating; label: string }[] = [
  { key: 'pain', label: 'Pain today' },
  { key: 'stiffness', label: 'Stiffness' },
  { key: 'sleep', label: 'Sleep quality' },
];

/** The three ratings as numbers, or a sentence saying what is wrong. */
export function readRatings(values: Ratings): { pain: number; stiffness: number; sleep: number } | string {
  const numbers = RATINGS.map(({ key }) => (/^\d{1,2}$/.test(values[key].trim()) ? Number(values[key]) : Number.NaN));
  if (numbers.some((n) => !(n >= 0 && n <= 10))) return 'Give each a whole number from 0 to 10.';
  const [pain, stiffness, sleep] = numbers as [number, number, number];
  return { pain, stiffness, sleep };
}

/**
 * A day's three ratings and a note, typed as three digits: a digit that completes a rating (any
 * but a lone 1, which may become 10) moves on to the next, and the last moves on to the note.
 * The legend says so, since focus moving by itself would otherwise surprise (WCAG 3.2.2). The note
 * shares its row with `children` (the form's button).
 */
export function CheckInFields(props: { values: Ratings; note: string; onValues(values: Ratings): void; onNote(note: string): void; children?: ReactNode }) {
  const { values, note, onValues, onNote, children } = props;
  const id = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const noteInput = useRef<HTMLInputElement>(null);

  function type(index: number, digit: string, current: Ratings) {
    const { key } = RATINGS[index]!;
    const input = inputs.current[index];
    const replacing = input !== null && input !== undefined && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const text = replacing ? digit : `${current[key]}${digit}`;
    const next = index + 1 < RATINGS.length ? inputs.current[index + 1] : noteInput.current;
    if (text === '1') return onValues({ ...current, [key]: text });
    if (Number(text) <= 10) {
      onValues({ ...current, [key]: text });
      next?.focus();
      return;
    }
    // "1" then "4": the 1 was a whole rating, and the 4 starts the next one.
    if (index + 1 < RATINGS.length) {
      next?.focus();
      type(index + 1, digit, current);
    }
  }

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (!/^\d$/.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    type(index, event.key, values);
  };

  return (
    <>
      <fieldset className="check-in-fields">
        <legend>How today went, 0 to 10</legend>
        <p className="hint" id={`${id}-how`}>
          Sleep: 10 is best. Each digit moves on (for 10: 1, 0).
        </p>
        <div className="field-row ratings">
          {RATINGS.map(({ key, label }, index) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                ref={(element) => {
                  inputs.current[index] = element;
                }}
                inputMode="numeric"
                autoComplete="off"
                maxLength={2}
                aria-describedby={`${id}-how`}
                value={values[key]}
                onFocus={(e) => e.target.select()}
                onKeyDown={onKeyDown(index)}
                onChange={(e) => onValues({ ...values, [key]: e.target.value })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-note`}>Note</label>
          <input id={`${id}-note`} ref={noteInput} value={note} onChange={(e) => onNote(e.target.value)} />
        </div>
        {children}
      </div>
    </>
  );
}

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CheckInFactor } from '../../electron/api/page';
import { factorsShown, type Answers } from '../journal/check-in-answers';
import { ToggleGroup } from './ToggleGroup';

export type Rating = 'pain' | 'stiffness' | 'sleep';
export type Ratings = Record<Rating, string>;

const RATINGS: readonly { key: Rating; label: string }[] = [
  { key: 'pain', label: 'Pain today' },
  { key: 'stiffness', label: 'Stiffness' },
  { key: 'sleep', label: 'Sleep quality' },
];

/** A yes/no factor's answer as stored: 1 yes, 0 no. */
const YES_NO: readonly { value: string; label: string }[] = [
  { value: '1', label: 'Yes' },
  { value: '0', label: 'No' },
];

/** The three ratings as numbers, or a sentence saying what is wrong. */
export function readRatings(values: Ratings): { pain: number; stiffness: number; sleep: number } | string {
  const numbers = RATINGS.map(({ key }) => (/^\d{1,2}$/.test(values[key].trim()) ? Number(values[key]) : Number.NaN));
  if (numbers.some((n) => !(n >= 0 && n <= 10))) return 'Give each a whole number from 0 to 10.';
  const [pain, stiffness, sleep] = numbers as [number, number, number];
  return { pain, stiffness, sleep };
}

/** One place the keyboard stops on the way through: a rating typed as digits, or a yes/no. */
interface Stop {
  id: string;
  label: string;
  digits: boolean;
  value: string;
  set(text: string): void;
}

/**
 * A day's three ratings, the person's own factors and a note, typed straight through: a digit that
 * completes a rating (any but a lone 1, which may become 10) moves on to the next, Y or N answers a
 * yes/no and moves on, Enter there saves, and the last moves on to the note. Factors are optional:
 * one left empty is not recorded. The hint says so, since focus moving by itself would otherwise
 * surprise (WCAG 3.2.2). The note shares its row with `children` (the form's button).
 */
export function CheckInFields(props: {
  values: Ratings;
  note: string;
  factors: readonly CheckInFactor[];
  answers: Answers;
  onValues(values: Ratings): void;
  onNote(note: string): void;
  onAnswers(answers: Answers): void;
  children?: ReactNode;
}) {
  const { values, note, answers, onValues, onNote, onAnswers, children } = props;
  const id = useId();
  const places = useRef<(HTMLElement | null)[]>([]);
  const noteInput = useRef<HTMLInputElement>(null);
  const factors = factorsShown(props.factors, answers);
  const stops: Stop[] = [
    ...RATINGS.map(({ key, label }) => ({ id: key, label, digits: true, value: values[key], set: (text: string) => onValues({ ...values, [key]: text }) })),
    ...factors.map((f) => ({ id: f.id, label: f.name, digits: f.type === 'scale', value: answers[f.id] ?? '', set: (text: string) => onAnswers({ ...answers, [f.id]: text }) })),
  ];

  function moveOn(index: number) {
    const next = places.current[index + 1];
    if (index + 1 >= stops.length || !next) return noteInput.current?.focus();
    // A yes/no is a group of two: the keyboard goes to the one its roving focus would.
    (next instanceof HTMLInputElement ? next : next.querySelector<HTMLElement>('[tabindex="0"]'))?.focus();
  }

  function type(index: number, digit: string) {
    const stop = stops[index]!;
    const input = places.current[index] as HTMLInputElement | null;
    const replacing = input !== null && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    const text = replacing ? digit : `${stop.value}${digit}`;
    if (text === '1') return stop.set(text);
    if (Number(text) <= 10) {
      stop.set(text);
      return moveOn(index);
    }
    // "1" then "4": the 1 was a whole rating, and the 4 starts the next one.
    if (stops[index + 1]?.digits) {
      moveOn(index);
      type(index + 1, digit);
    }
  }

  const plain = (event: KeyboardEvent) => !(event.ctrlKey || event.metaKey || event.altKey);

  const onDigit = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (!/^\d$/.test(event.key) || !plain(event)) return;
    event.preventDefault();
    type(index, event.key);
  };

  const onYesNo = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    if (!plain(event)) return;
    const key = event.key.toLowerCase();
    if (key === 'y' || key === 'n') {
      event.preventDefault();
      stops[index]!.set(key === 'y' ? '1' : '0');
      moveOn(index);
    } else if (event.key === 'Enter') {
      // As from a rating: Enter saves the check-in rather than pressing the button again.
      event.preventDefault();
      event.currentTarget.closest('form')?.requestSubmit();
    }
  };

  const place = (index: number) => (element: HTMLElement | null) => {
    places.current[index] = element;
  };

  const digitField = (stop: Stop, index: number) => (
    <div className="field" key={stop.id}>
      <label htmlFor={`${id}-${stop.id}`}>{stop.label}</label>
      <input
        id={`${id}-${stop.id}`}
        ref={place(index)}
        inputMode="numeric"
        autoComplete="off"
        maxLength={2}
        aria-describedby={`${id}-how`}
        value={stop.value}
        onFocus={(e) => e.target.select()}
        onKeyDown={onDigit(index)}
        onChange={(e) => stop.set(e.target.value)}
      />
    </div>
  );

  return (
    <>
      <fieldset className="check-in-fields">
        <legend>How today went, 0 to 10</legend>
        <p className="hint" id={`${id}-how`}>
          Sleep: 10 is best. Each digit moves on (for 10: 1, 0){factors.some((f) => f.type === 'yes-no') && '; Y or N answers a yes/no'}.
        </p>
        <div className="field-row ratings">{stops.slice(0, RATINGS.length).map(digitField)}</div>
      </fieldset>
      {factors.length > 0 && (
        <fieldset className="check-in-fields">
          <legend>Your factors (optional)</legend>
          <div className="field-row ratings">
            {stops.slice(RATINGS.length).map((stop, i) => {
              const index = RATINGS.length + i;
              if (stop.digits) return digitField(stop, index);
              return (
                <div className="field" key={stop.id} ref={place(index)} onKeyDown={onYesNo(index)}>
                  <span className="field-label" aria-hidden="true">
                    {stop.label}
                  </span>
                  <ToggleGroup label={stop.label} options={YES_NO} chosen={[stop.value]} onToggle={(v) => stop.set(stop.value === v ? '' : v)} />
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
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

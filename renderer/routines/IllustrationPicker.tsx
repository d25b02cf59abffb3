import { useId } from 'react';
import { ILLUSTRATIONS, type IllustrationId } from '../../electron/api/page';
import { FieldError } from '../components/FieldError';
import { StepIllustration } from './StepIllustration';

interface IllustrationPickerProps {
  value: IllustrationId | null;
  error: string | undefined;
  onChange(value: IllustrationId | null): void;
}

/**
 * The library's illustrations as one radio group (one Tab stop, arrow keys choose), each with its
 * picture beside its name, and None. The picture is decoration here: the name says what it shows.
 */
export function IllustrationPicker({ value, error, onChange }: IllustrationPickerProps) {
  const name = useId();
  return (
    <fieldset className="illustration-picker" aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>Illustration</legend>
      <label className="illustration-choice">
        <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} /> None
      </label>
      {ILLUSTRATIONS.map((illustration) => (
        <label key={illustration.id} className="illustration-choice">
          <input type="radio" name={name} checked={value === illustration.id} onChange={() => onChange(illustration.id)} />
          <span aria-hidden="true" className="illustration-thumb">
            <StepIllustration id={illustration.id} small />
          </span>
          {illustration.title}
        </label>
      ))}
      <FieldError inputId={name} message={error} />
    </fieldset>
  );
}

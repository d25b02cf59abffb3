import { FieldError } from '../components/FieldError';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * Days of the week as checkboxes (0 = Sunday), for working hours and a clock reminder's days. The
 * label is shown where nothing around the boxes says what they are for (`shownLabel`).
 */
export function DayChoice(props: { label: string; shownLabel?: boolean; inputId: string; value: number[]; error: string | undefined; onChange(days: number[]): void }) {
  const { label, shownLabel = false, inputId, value, error, onChange } = props;
  const labelId = `${inputId}-label`;
  return (
    <>
      {shownLabel && (
        <span className="label" id={labelId}>
          {label}
        </span>
      )}
      <div
        className="days"
        role="group"
        {...(shownLabel ? { 'aria-labelledby': labelId } : { 'aria-label': label })}
        aria-describedby={error ? `${inputId}-error` : undefined}
      >
        {DAYS.map((day, index) => (
          <label key={day} className="inline">
            <input
              type="checkbox"
              checked={value.includes(index)}
              onChange={(e) => onChange(e.target.checked ? [...value, index].sort() : value.filter((d) => d !== index))}
            />{' '}
            {day}
          </label>
        ))}
      </div>
      <FieldError inputId={inputId} message={error} />
    </>
  );
}

import { useId } from 'react';
import { FieldError, invalidProps } from '../components/FieldError';
import type { ReminderSettings } from '../../electron/api/page';

type WorkingHours = ReminderSettings['workingHours'];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The working-hours switch, times and days: in Settings and in the first-run welcome. */
export function WorkingHoursFields(props: { value: WorkingHours; onChange(patch: Partial<WorkingHours>): void; errors?: Readonly<Record<string, string>> }) {
  const { value, onChange, errors = {} } = props;
  const id = useId();
  const [startError, endError, daysError] = [errors['workingHours.start'], errors['workingHours.end'], errors['workingHours.days']];
  return (
    <fieldset>
      <legend>Working hours</legend>
      <label className="inline">
        <input type="checkbox" checked={value.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} /> Only remind me
        during working hours
      </label>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>From</label>
          <input id={`${id}-start`} type="time" value={value.start} onChange={(e) => onChange({ start: e.target.value })} {...invalidProps(`${id}-start`, startError)} />
          <FieldError inputId={`${id}-start`} message={startError} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>Until</label>
          <input id={`${id}-end`} type="time" value={value.end} onChange={(e) => onChange({ end: e.target.value })} {...invalidProps(`${id}-end`, endError)} />
          <FieldError inputId={`${id}-end`} message={endError} />
        </div>
      </div>
      <div className="days" role="group" aria-label="Working days" aria-describedby={daysError ? `${id}-days-error` : undefined}>
        {DAYS.map((day, index) => (
          <label key={day} className="inline">
            <input
              type="checkbox"
              checked={value.days.includes(index)}
              onChange={(e) =>
                onChange({ days: e.target.checked ? [...value.days, index].sort() : value.days.filter((d) => d !== index) })
              }
            />{' '}
            {day}
          </label>
        ))}
      </div>
      <FieldError inputId={`${id}-days`} message={daysError} />
    </fieldset>
  );
}

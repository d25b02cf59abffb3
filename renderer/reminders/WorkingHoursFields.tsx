import { useId } from 'react';
import { FieldError, invalidProps } from '../components/FieldError';
import type { ReminderSettings } from '../../electron/api/page';
import { DayChoice } from './DayChoice';

type WorkingHours = ReminderSettings['workingHours'];

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
      <DayChoice label="Working days" inputId={`${id}-days`} value={value.days} error={daysError} onChange={(days) => onChange({ days })} />
    </fieldset>
  );
}

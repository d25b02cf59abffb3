import { useId } from 'react';
import type { ReminderSettings } from '../../electron/core/reminders/reminder-settings';

type WorkingHours = ReminderSettings['workingHours'];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** The working-hours switch, times and days: in Settings and in the first-run welcome. */
export function WorkingHoursFields({ value, onChange }: { value: WorkingHours; onChange(patch: Partial<WorkingHours>): void }) {
  const id = useId();
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
          <input id={`${id}-start`} type="time" value={value.start} onChange={(e) => onChange({ start: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>Until</label>
          <input id={`${id}-end`} type="time" value={value.end} onChange={(e) => onChange({ end: e.target.value })} />
        </div>
      </div>
      <div className="days" role="group" aria-label="Working days">
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
    </fieldset>
  );
}

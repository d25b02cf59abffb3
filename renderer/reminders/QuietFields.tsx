import { useEffect, useId, useState } from 'react';
import { QUIET_REASONS, type QuietDetector, type QuietReason, type ReminderSettings } from '../../electron/api/page';
import { useApi } from '../api-context';

const LABELS: Readonly<Record<QuietReason, string>> = {
  call: 'Hold reminders during calls',
  'full-screen': 'Hold reminders while something is full screen (presenting, a video)',
  'system-do-not-disturb': 'Hold reminders while the system’s do-not-disturb is on',
};

/** Which bad moments hold reminders, each with how this computer sees it, or that it cannot. */
export function QuietFields({ value, onChange }: { value: ReminderSettings['quiet']; onChange(quiet: ReminderSettings['quiet']): void }) {
  const api = useApi();
  const id = useId();
  const [detectors, setDetectors] = useState<readonly QuietDetector[]>([]);
  useEffect(() => void api.reminders.quietDetectors({}).then(setDetectors), [api]);
  return (
    <fieldset>
      <legend>Quiet moments</legend>
      <p className="hint">Held reminders come once the moment has passed; desk time still counts.</p>
      {QUIET_REASONS.map((reason) => {
        const mine = detectors.filter((d) => d.reason === reason);
        const seen = mine.filter((d) => d.available);
        const how = seen.length > 0 ? `Seen by ${seen.map((d) => d.how).join('; ')}.` : mine.length > 0 ? `Cannot be seen here: ${mine.map((d) => d.how).join('; ')}.` : '';
        return (
          <div className="field" key={reason}>
            <label className="inline">
              <input type="checkbox" checked={value[reason]} aria-describedby={how ? `${id}-${reason}` : undefined} onChange={(e) => onChange({ ...value, [reason]: e.target.checked })} />{' '}
              {LABELS[reason]}
            </label>
            {how && (
              <p className="hint" id={`${id}-${reason}`}>
                {how}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

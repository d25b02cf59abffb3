import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../electron/api/bridge';
import type { ReminderSettings } from '../../electron/core/reminders/reminder-settings';
import type { AutostartView } from '../../electron/core/autostart';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { BackupsPanel } from '../components/BackupsPanel';
import { DataTransfer } from '../components/DataTransfer';
import { useAsync } from '../use-async';
import { FormError } from '../components/FormError';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

const FIELD_WORDS: Readonly<Record<string, string>> = {
  posture: 'Change position',
  movement: 'Movement break',
  checkIn: 'Evening check-in',
  magnesium: 'Magnesium',
  workingHours: 'Working hours',
  everyMinutes: 'every',
  breakMinutes: 'break length',
  start: 'from',
  end: 'until',
  time: 'at',
};

/** `posture.everyMinutes` → "Change position, every": the form's own words, not the contract's. */
const fieldWords = (field: string) =>
  field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .map((part) => FIELD_WORDS[part] ?? part)
    .join(', ');

export function SettingsPage() {
  const api = useApi();
  const loaded = useAsync(() => api.reminders.settings({}), [api]);
  return (
    <>
      <h1>Settings</h1>
      <AsyncView state={loaded}>{(settings) => <ReminderSettingsForm initial={settings} />}</AsyncView>
      <AutostartSwitch />
      <DataTransfer />
      <BackupsPanel />
    </>
  );
}

/** Shown only where the host can start Limber at login (the desktop app, not the preview). */
function AutostartSwitch() {
  const api = useApi();
  const [state, setState] = useState<AutostartView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.settings.autostart({}).then(setState);
  }, [api]);
  if (!state?.supported) return null;
  return (
    <fieldset>
      <legend>Start-up</legend>
      <label className="inline">
        <input
          type="checkbox"
          checked={state.enabled}
          onChange={(e) =>
            void api.settings.setAutostart({ on: e.target.checked }).then(setState, (err: unknown) => setError(String(err)))
          }
        />{' '}
        Start Limber when I log in (in the tray, window closed)
      </label>
      {state.needsApproval && (
        <p className="hint">macOS is waiting for you to allow Limber: System Settings › General › Login Items.</p>
      )}
      <FormError text={error} />
    </fieldset>
  );
}

function ReminderSettingsForm({ initial }: { initial: ReminderSettings }) {
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => setDraft(initial), [initial]);

  const patch = <K extends keyof ReminderSettings>(key: K, value: Partial<ReminderSettings[K]>) =>
    setDraft((d) => ({ ...d, [key]: { ...d[key], ...value } }));

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      setDraft(await api.reminders.updateSettings(draft));
      setMessage({ ok: true, text: 'Saved. The next reminder has moved to match.' });
    } catch (e) {
      const text =
        e instanceof ApiError && e.issues.length > 0
          ? `Not saved. ${e.issues.map((i) => `${fieldWords(i.field)} ${i.message}`).join('; ')}.`
          : String(e);
      setMessage({ ok: false, text });
    }
  }

  const interval = (kind: 'posture' | 'movement', title: string) => (
    <fieldset>
      <legend>{title}</legend>
      <label className="inline">
        <input type="checkbox" checked={draft[kind].enabled} onChange={(e) => patch(kind, { enabled: e.target.checked })} /> On
      </label>
      <div className="field-row">
        <NumberField label="Every (minutes at the computer)" value={draft[kind].everyMinutes} onChange={(n) => patch(kind, { everyMinutes: n })} />
        <NumberField label="A break of (idle minutes) restarts the count" value={draft[kind].breakMinutes} onChange={(n) => patch(kind, { breakMinutes: n })} />
      </div>
    </fieldset>
  );

  const daily = (kind: 'checkIn' | 'magnesium', title: string) => (
    <fieldset>
      <legend>{title}</legend>
      <label className="inline">
        <input type="checkbox" checked={draft[kind].enabled} onChange={(e) => patch(kind, { enabled: e.target.checked })} /> On
      </label>
      <div className="field">
        <label htmlFor={`${id}-${kind}`}>At</label>
        <input id={`${id}-${kind}`} type="time" value={draft[kind].time} onChange={(e) => patch(kind, { time: e.target.value })} />
      </div>
    </fieldset>
  );

  return (
    <form className="settings" onSubmit={save} aria-label="Reminder settings">
      <p className="hint">
        Defaults follow UK HSE guidance for screen work: short, frequent breaks beat long, rare ones, e.g. 5–10 minutes
        after 50–60 minutes. Change anything: the reminders are yours.
      </p>
      {interval('posture', 'Change position')}
      {interval('movement', 'Movement break')}
      <fieldset>
        <legend>Working hours</legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.workingHours.enabled}
            onChange={(e) => patch('workingHours', { enabled: e.target.checked })}
          />{' '}
          Only remind me during working hours
        </label>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-start`}>From</label>
            <input id={`${id}-start`} type="time" value={draft.workingHours.start} onChange={(e) => patch('workingHours', { start: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>Until</label>
            <input id={`${id}-end`} type="time" value={draft.workingHours.end} onChange={(e) => patch('workingHours', { end: e.target.value })} />
          </div>
        </div>
        <div className="days" role="group" aria-label="Working days">
          {DAYS.map((day, index) => (
            <label key={day} className="inline">
              <input
                type="checkbox"
                checked={draft.workingHours.days.includes(index)}
                onChange={(e) =>
                  patch('workingHours', {
                    days: e.target.checked
                      ? [...draft.workingHours.days, index].sort()
                      : draft.workingHours.days.filter((d) => d !== index),
                  })
                }
              />{' '}
              {day}
            </label>
          ))}
        </div>
      </fieldset>
      {daily('checkIn', 'Evening journal check-in')}
      {daily('magnesium', 'Magnesium at bedtime')}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'form-error'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="primary">
        Save
      </button>
    </form>
  );
}

function NumberField({ label, value, onChange }: { label: string; value: number; onChange(n: number): void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" value={Number.isNaN(value) ? '' : value} onChange={(e) => onChange(e.target.valueAsNumber)} />
    </div>
  );
}

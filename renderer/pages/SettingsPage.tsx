import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReminderRules, ReminderSettings, AutostartView } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { BackupsPanel } from '../components/BackupsPanel';
import { DataTransfer } from '../components/DataTransfer';
import { ReportPersonForm } from '../components/ReportPersonForm';
import { CheckInFactorsFields } from '../settings/CheckInFactorsFields';
import { useAsync } from '../use-async';
import { FormError } from '../components/FormError';
import { useSavedDraft } from '../components/use-saved-draft';
import { settingsRefusal } from '../reminders/settings-refusal';
import { WorkingHoursFields } from '../reminders/WorkingHoursFields';
import { QuietFields } from '../reminders/QuietFields';
import { BreakScreenFields } from '../reminders/BreakScreenFields';
import { ReminderList } from '../reminders/ReminderList';

export function SettingsPage() {
  const api = useApi();
  const loaded = useAsync(() => api.reminders.settings({}), [api]);
  return (
    <>
      <h1>Settings</h1>
      <AsyncView state={loaded}>
        {(settings) => (
          <>
            <ReminderList initial={settings.reminders} />
            <ReminderRulesForm initial={settings} />
          </>
        )}
      </AsyncView>
      <CheckInFactorsFields />
      <ReportPersonForm />
      <ShortcutSwitch />
      <AutostartSwitch />
      <DataTransfer />
      <BackupsPanel />
    </>
  );
}

/** Single-key shortcuts can be turned off (WCAG 2.1.4): speech input can type them by accident. */
function ShortcutSwitch() {
  const api = useApi();
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => void api.settings.get({}).then((s) => setOn(s.singleKeyShortcuts)), [api]);
  if (on === null) return null;
  return (
    <fieldset>
      <legend>Keyboard</legend>
      <label className="inline">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => void api.settings.setSingleKeyShortcuts({ on: e.target.checked }).then((s) => setOn(s.singleKeyShortcuts))}
        />{' '}
        Single-key shortcut: on Today, t jumps to your usual supplement
      </label>
    </fieldset>
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

/** The rules every reminder follows: working hours, quiet moments, the break screen. */
function ReminderRulesForm({ initial }: { initial: ReminderSettings }) {
  const api = useApi();
  const form = useRef<HTMLFormElement>(null);
  const rules = useMemo(() => ({ workingHours: initial.workingHours, quiet: initial.quiet, breakScreen: initial.breakScreen }), [initial]);
  const { draft, setDraft, unsaved, errors, message, save } = useSavedDraft<ReminderRules>(rules, {
    store: async (next) => {
      const { workingHours, quiet, breakScreen } = await api.reminders.updateRules(next);
      return { workingHours, quiet, breakScreen };
    },
    saved: 'Saved. The next reminder has moved to match.',
    refused: settingsRefusal,
    unsavedReason: 'Your reminder settings have changes that are not saved.',
  });

  // After a refused save, the keyboard goes to the first field that needs a change.
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  const patch = <K extends keyof ReminderRules>(key: K, value: Partial<ReminderRules[K]>) => setDraft((d) => ({ ...d, [key]: { ...d[key], ...value } }));

  return (
    <form ref={form} className="settings" onSubmit={save} aria-label="When reminders come" noValidate>
      <p className="hint">
        Defaults follow UK HSE guidance for screen work: short, frequent breaks beat long, rare ones, e.g. 5–10 minutes
        after 50–60 minutes. Change anything: the reminders are yours.
      </p>
      <WorkingHoursFields value={draft.workingHours} errors={errors} onChange={(change) => patch('workingHours', change)} />
      <QuietFields value={draft.quiet} onChange={(quiet) => setDraft((d) => ({ ...d, quiet }))} />
      <BreakScreenFields value={draft.breakScreen} error={errors['breakScreen.strictSeconds']} onChange={(breakScreen) => setDraft((d) => ({ ...d, breakScreen }))} />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'form-error'}>
          {message.text}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        {unsaved && <p className="hint unsaved">Changes not saved yet</p>}
      </div>
    </form>
  );
}

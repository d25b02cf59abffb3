import { useEffect, useRef, useState, type ReactNode } from 'react';
import { scheduleWords, type LibraryOverview, type ReminderSettings } from '../../electron/api/page';
import { useApi } from '../api-context';
import { settingsRefusal } from '../reminders/settings-refusal';
import { fieldErrors } from './FieldError';
import { WorkingHoursFields } from '../reminders/WorkingHoursFields';
import { FormError } from './FormError';
import { RedFlagsCard } from './SafetyNotes';

interface Welcome {
  overview: LibraryOverview;
  reminders: ReminderSettings;
}

/**
 * On first run, before anything else: the "not medical advice" notice and the red flags, and
 * that reminders are already running, with working hours on unless the person says otherwise
 * (no nudges in the evening or at weekends by surprise). The app behind stays inert meanwhile.
 */
export function FirstRunNotice({ children }: { children: ReactNode }) {
  const api = useApi();
  const [welcome, setWelcome] = useState<Welcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    void api.settings.get({}).then(async (settings) => {
      if (settings.noticeAcknowledgedAt !== null) return;
      const [overview, reminders] = await Promise.all([api.advice.overview({}), api.reminders.settings({})]);
      if (current) setWelcome({ overview, reminders: { ...reminders, workingHours: { ...reminders.workingHours, enabled: true } } });
    });
    return () => {
      current = false;
    };
  }, [api]);

  // Focus the dialog itself: it is read from the top (title, notice), and the controls follow.
  // Once it closes, its button is gone: the page takes the focus, read from its heading. After
  // the commit, when the page is no longer inert (a frame callback could run before it).
  const open = welcome !== null;
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) dialog.current?.focus();
    else if (wasOpen.current) document.getElementById('main')?.focus();
    wasOpen.current = open;
  }, [open]);

  async function acknowledge({ workingHours, quiet, breakScreen }: ReminderSettings) {
    try {
      await api.reminders.updateRules({ workingHours, quiet, breakScreen });
    } catch (e) {
      setError(settingsRefusal(e));
      setErrors(fieldErrors(e));
      return;
    }
    await api.settings.acknowledgeNotice({});
    setWelcome(null);
  }

  const desk = welcome?.reminders.reminders.filter((r) => r.enabled && r.schedule.type === 'desk-time') ?? [];
  return (
    <>
      <div inert={open}>{children}</div>
      {welcome && (
        <div className="backdrop">
          <div
            ref={dialog}
            tabIndex={-1}
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="first-run-heading"
            aria-describedby="first-run-notice"
          >
            <h1 id="first-run-heading">Welcome to Limber</h1>
            <p id="first-run-notice" className="notice">
              {welcome.overview.notice}
            </p>
            <RedFlagsCard redFlags={welcome.overview.redFlags} />
            <section aria-labelledby="first-run-reminders">
              <h2 id="first-run-reminders">Reminders are already running</h2>
              <p>While you use the computer, Limber reminds you:</p>
              <ul>
                {desk.map((r) => (
                  <li key={r.id}>
                    {r.name}: {scheduleWords(r.schedule).toLowerCase()}.
                  </li>
                ))}
              </ul>
              <p>Time away from the keyboard counts as a break. You can change all of this, and add your own, in Settings.</p>
              <WorkingHoursFields
                value={welcome.reminders.workingHours}
                errors={errors}
                onChange={(change) =>
                  setWelcome((w) => w && { ...w, reminders: { ...w.reminders, workingHours: { ...w.reminders.workingHours, ...change } } })
                }
              />
            </section>
            <div className="dialog-foot">
              <FormError text={error} />
              <button type="button" className="primary" onClick={() => void acknowledge(welcome.reminders)}>
                I understand
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}

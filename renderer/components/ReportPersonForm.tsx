import { useEffect, useId, useState } from 'react';
import type { ReportPerson } from '../../electron/api/page';
import { useApi } from '../api-context';
import { refusalWords } from './refusal-words';
import { FieldError, invalidProps } from './FieldError';
import { useSavedDraft } from './use-saved-draft';

const FIELDS: Readonly<Record<string, string>> = { name: 'Name', dateOfBirth: 'Date of birth' };

/** Optional name and date of birth, printed at the top of every page of the doctor report. */
export function ReportPersonForm() {
  const api = useApi();
  const id = useId();
  const [initial, setInitial] = useState<ReportPerson | null>(null);
  useEffect(() => void api.settings.get({}).then((s) => setInitial(s.reportPerson)), [api]);
  const { draft, setDraft, unsaved, errors, message, save } = useSavedDraft(initial, {
    store: async (person) => (await api.settings.setReportPerson(person)).reportPerson,
    saved: 'Saved. The report shows it at the top of every page.',
    refused: (e) => refusalWords(e, FIELDS),
    unsavedReason: 'The name and date of birth for the report are not saved.',
  });
  if (!draft) return null;

  return (
    <form className="settings" onSubmit={save} aria-labelledby={`${id}-title`}>
      <fieldset>
        <legend id={`${id}-title`}>For the doctor report</legend>
        <p className="hint">Optional. Kept only in your journal on this computer, and printed on the report so a clinic can file it.</p>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} autoComplete="name" maxLength={80} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} {...invalidProps(`${id}-name`, errors.name)} />
            <FieldError inputId={`${id}-name`} message={errors.name} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-born`}>Date of birth</label>
            <input
              id={`${id}-born`}
              type="date"
              autoComplete="bday"
              value={draft.dateOfBirth ?? ''}
              onChange={(e) => setDraft({ ...draft, dateOfBirth: e.target.value === '' ? null : e.target.value })}
              {...invalidProps(`${id}-born`, errors.dateOfBirth)}
            />
            <FieldError inputId={`${id}-born`} message={errors.dateOfBirth} />
          </div>
        </div>
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'form-error'}>
            {message.text}
          </p>
        )}
        <div className="actions">
          <button type="submit">Save name and date of birth</button>
          {unsaved && <p className="hint unsaved">Changes not saved yet</p>}
        </div>
      </fieldset>
    </form>
  );
}

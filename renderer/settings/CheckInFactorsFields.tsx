import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../electron/api/bridge';
import { MAX_CHECK_IN_FACTORS, MAX_FACTOR_NAME, type CheckInFactor, type CheckInFactorType } from '../../electron/api/page';
import { useApi } from '../api-context';
import { FieldError, invalidProps } from '../components/FieldError';
import { useSavedDraft } from '../components/use-saved-draft';

/** A row of the form: a saved factor has its id; `key` tells new rows apart until they have one. */
interface Row {
  key: string;
  id?: string;
  name: string;
  type: CheckInFactorType;
}

const TYPE_WORDS: Record<CheckInFactorType, string> = { 'yes-no': 'Yes or no', scale: '0 to 10' };

const rowsOf = (factors: readonly CheckInFactor[]): Row[] => factors.filter((f) => !f.archived).map(({ id, name, type }) => ({ key: id, id, name, type }));

/** Why the list was not saved, naming each factor by its place: "Factor 2, name is already the name of another factor". */
function refusal(error: unknown): string {
  if (!(error instanceof ApiError) || error.issues.length === 0) return String(error);
  const where = (field: string) => {
    const [, index, part] = /^factors\.(\d+)\.(\w+)$/.exec(field) ?? [];
    return index === undefined ? 'The list' : `Factor ${Number(index) + 1}, ${part}`;
  };
  return `Not saved. ${error.issues.map((i) => `${where(i.field)} ${i.message}`).join('; ')}.`;
}

/**
 * The person's own check-in factors: add, rename, choose yes/no or 0–10, remove. A saved factor
 * keeps its type, so its past answers keep their meaning; a removed one is no longer asked, and its
 * past answers are kept (the Journal still shows them).
 */
export function CheckInFactorsFields() {
  const api = useApi();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const added = useRef(0);
  // Where the keyboard goes once the rows have changed (after Add or Remove).
  const focusNext = useRef<string | null>(null);
  const [initial, setInitial] = useState<Row[] | null>(null);
  useEffect(() => void api.settings.get({}).then((s) => setInitial(rowsOf(s.checkInFactors))), [api]);
  const { draft, setDraft, unsaved, errors, message, save } = useSavedDraft(initial, {
    store: async (rows) => rowsOf((await api.settings.setCheckInFactors({ factors: rows.map(({ id: factorId, name, type }) => ({ ...(factorId ? { id: factorId } : {}), name, type })) })).checkInFactors),
    saved: 'Saved. Today’s check-in asks these.',
    refused: refusal,
    unsavedReason: 'Your check-in factors have changes that are not saved.',
  });

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  // After a refused save, the keyboard goes to the first field that needs a change.
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [errors]);

  if (!draft) return null;
  const nameId = (row: Row) => `${id}-${row.key}-name`;
  const change = (index: number, patch: Partial<Row>) => setDraft(draft.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  function add() {
    const row: Row = { key: `new-${++added.current}`, name: '', type: 'yes-no' };
    focusNext.current = nameId(row);
    setDraft([...draft!, row]);
  }

  function remove(index: number) {
    const neighbour = draft![index + 1] ?? draft![index - 1];
    focusNext.current = neighbour ? nameId(neighbour) : `${id}-add`;
    setDraft(draft!.filter((_, i) => i !== index));
  }

  return (
    <form ref={form} className="settings" onSubmit={save} aria-labelledby={`${id}-title`} noValidate>
      <fieldset>
        <legend id={`${id}-title`}>Check-in factors</legend>
        <p className="hint">
          Your own things to note in the daily check-in, such as “Slept on the new mattress” (yes or no) or “Stress” (0 to 10).
          Insights compares your pain on the days with each. A saved factor keeps its type, so its answers keep their
          meaning; removing one stops the check-in asking it: past answers are kept.
        </p>
        {draft.map((row, index) => {
          const error = (part: string) => errors[`factors.${index}.${part}`];
          const typeId = `${id}-${row.key}-type`;
          return (
            <fieldset key={row.key} className="factor-row">
              <legend>Factor {index + 1}</legend>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={nameId(row)}>Name</label>
                  <input id={nameId(row)} maxLength={MAX_FACTOR_NAME} value={row.name} onChange={(e) => change(index, { name: e.target.value })} {...invalidProps(nameId(row), error('name'))} />
                  <FieldError inputId={nameId(row)} message={error('name')} />
                </div>
                <div className="field">
                  <label htmlFor={typeId}>Answered</label>
                  {row.id === undefined ? (
                    <select id={typeId} value={row.type} onChange={(e) => change(index, { type: e.target.value as CheckInFactorType })} {...invalidProps(typeId, error('type'))}>
                      {Object.entries(TYPE_WORDS).map(([type, words]) => (
                        <option key={type} value={type}>
                          {words}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <output id={typeId}>{TYPE_WORDS[row.type]}</output>
                  )}
                  <FieldError inputId={typeId} message={error('type')} />
                </div>
                <button type="button" onClick={() => remove(index)} aria-label={`Remove ${row.name.trim() || `factor ${index + 1}`}`}>
                  Remove
                </button>
              </div>
            </fieldset>
          );
        })}
        {draft.length < MAX_CHECK_IN_FACTORS ? (
          <button type="button" id={`${id}-add`} onClick={add}>
            Add a factor
          </button>
        ) : (
          <p className="hint">
            {MAX_CHECK_IN_FACTORS} is the most the check-in asks: remove one to add another.
          </p>
        )}
        {message && (
          <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'hint' : 'form-error'}>
            {message.text}
          </p>
        )}
        <div className="actions">
          <button type="submit">Save check-in factors</button>
          {unsaved && <p className="hint unsaved">Changes not saved yet</p>}
        </div>
      </fieldset>
    </form>
  );
}

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Supplement } from '../../electron/core/journal/supplement';
import { SUGGESTED_SUPPLEMENTS } from '../../electron/core/journal/vocabulary';
import { ApiError } from '../../electron/api/bridge';
import { useApi } from '../api-context';
import { clockTime, currentTimeZone } from '../time';
import { FormError } from '../components/FormError';

const INTERACTIVE = 'a, button, input, textarea, select, summary, [contenteditable], [tabindex]:not(main)';

/**
 * One tap per supplement, the most recently taken first. Pressing "t" anywhere on Today (outside a
 * text field) focuses the first, so repeating yesterday's is "t", Enter.
 */
export function SupplementsQuick({ since, onLogged }: { since: number; onLogged(message: string): void }) {
  const api = useApi();
  const id = useId();
  const [list, setList] = useState<Supplement[] | null>(null);
  // Open while there is nothing to take; after that, folded away until asked for.
  const [adding, setAdding] = useState<boolean | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [dose, setDose] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => api.journal.listSupplements({}).then(setList), [api]);
  useEffect(() => void reload(), [reload]);

  const [shortcut, setShortcut] = useState(false);
  useEffect(() => void api.settings.get({}).then((s) => setShortcut(s.singleKeyShortcuts)), [api]);

  useEffect(() => {
    if (!shortcut) return;
    const onKey = (e: KeyboardEvent) => {
      // Only from the page itself: a focused control keeps its own keys (a link, a button, a field).
      const target = e.target as HTMLElement;
      if (e.key !== 't' || e.ctrlKey || e.metaKey || e.altKey || target.closest(INTERACTIVE)) return;
      const first = document.querySelector<HTMLButtonElement>('[data-take-supplement]');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcut]);

  async function take(s: Supplement) {
    const dose = await api.journal.takeSupplement({ supplementId: s.id, startedAt: Date.now(), timeZone: currentTimeZone() });
    await reload();
    onLogged(`Logged ${dose.supplementName}${dose.dose ? `, ${dose.dose}` : ''}.`);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      const added = await api.journal.addSupplement({ name, defaultDose: dose });
      setName('');
      setDose('');
      setError(null);
      await reload();
      onLogged(`Added ${added.name}: take it with one tap above.`);
      nameInput.current?.focus();
    } catch (e) {
      setError(e instanceof ApiError && e.issues[0] ? `Name ${e.issues[0].message}.` : String(e));
    }
  }

  return (
    <section className="card quick" aria-labelledby={`${id}-h`} id="supplements">
      <h2 id={`${id}-h`}>Supplements</h2>
      {list === null ? null : list.length > 0 ? (
        <ul className="quick-list">
          {list.map((s, i) => {
            const today = s.lastTakenAt !== null && s.lastTakenAt >= since;
            return (
              <li key={s.id}>
                <button type="button" className={i === 0 ? 'primary' : ''} data-take-supplement={i === 0 ? '' : undefined} onClick={() => void take(s)}>
                  {today ? `Take ${s.name} again` : `Take ${s.name}`}
                </button>{' '}
                <span className="hint">{today ? `✓ taken today at ${clockTime(s.lastTakenAt!)}` : s.defaultDose}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">Add the supplements you take; then one tap logs each.</p>
      )}
      <details className="add-supplement" open={adding ?? list?.length === 0} onToggle={(e) => setAdding(e.currentTarget.open)}>
        <summary>Add a supplement</summary>
        <form onSubmit={add} className="field-row" aria-label="Add a supplement">
          <div className="field">
            <label htmlFor={`${id}-name`}>Supplement name</label>
            <input id={`${id}-name`} ref={nameInput} list={`${id}-suggest`} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} />
            <datalist id={`${id}-suggest`}>
              {SUGGESTED_SUPPLEMENTS.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </div>
          <div className="field">
            <label htmlFor={`${id}-dose`}>Usual dose</label>
            <input id={`${id}-dose`} value={dose} onChange={(e) => setDose(e.target.value)} />
          </div>
          <button type="submit">Add</button>
        </form>
        <FormError text={error} />
      </details>
      {shortcut && <p className="hint">Tip: press t to jump to your usual supplement (this shortcut can be turned off in Settings).</p>}
    </section>
  );
}

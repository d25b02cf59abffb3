import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SUGGESTED_SUPPLEMENTS, type Supplement, type TakenKind } from '../../electron/api/page';
import { ApiError } from '../../electron/api/bridge';
import { useApi } from '../api-context';
import { clockTime, currentTimeZone } from '../time';
import { FormError } from '../components/FormError';

const INTERACTIVE = 'a, button, input, textarea, select, summary, [contenteditable], [tabindex]:not(main)';

/** Each list's words: supplements (with the article's suggestions) and medications. */
const LISTS: Readonly<Record<TakenKind, { title: string; target: string; empty: string; add: string; button: string; name: string; suggestions: readonly string[] }>> = {
  supplement: {
    title: 'Supplements',
    target: 'supplements',
    empty: 'Add the supplements you take; then one tap logs each.',
    add: 'Add a supplement',
    button: 'Add supplement',
    name: 'Supplement name',
    suggestions: SUGGESTED_SUPPLEMENTS,
  },
  medication: {
    title: 'Medications',
    target: 'medications',
    empty: 'Add the medications you take; then one tap logs each dose.',
    add: 'Add a medication',
    button: 'Add medication',
    name: 'Medication name',
    suggestions: [],
  },
};

/**
 * One tap per supplement, or per medication, the most recently taken first. Pressing "t" anywhere
 * on Today (outside a text field) focuses the first supplement, so repeating yesterday's is "t", Enter.
 */
export function SupplementsQuick({ kind, since, onLogged }: { kind: TakenKind; since: number; onLogged(message: string): void }) {
  const words = LISTS[kind];
  const api = useApi();
  const id = useId();
  const [list, setList] = useState<Supplement[] | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  // Where the keyboard goes once the list shows what was added: the next name, or the first
  // supplement's button when the form just folded away.
  const [focusAfterAdd, setFocusAfterAdd] = useState<'name' | 'take' | null>(null);
  const [name, setName] = useState('');
  const [dose, setDose] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => api.journal.listSupplements({ kind }).then(setList), [api, kind]);
  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    if (!focusAfterAdd) return;
    (focusAfterAdd === 'name' ? nameInput.current : section.current?.querySelector<HTMLElement>('.quick-list button'))?.focus();
    setFocusAfterAdd(null);
  }, [list, focusAfterAdd]);

  const [shortcut, setShortcut] = useState(false);
  useEffect(() => void api.settings.get({}).then((s) => setShortcut(s.singleKeyShortcuts)), [api]);

  useEffect(() => {
    if (!shortcut || kind !== 'supplement') return;
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
  }, [shortcut, kind]);

  async function take(s: Supplement) {
    const dose = await api.journal.takeSupplement({ supplementId: s.id, startedAt: Date.now(), timeZone: currentTimeZone() });
    await reload();
    onLogged(`Logged ${dose.supplementName}${dose.dose ? `, ${dose.dose}` : ''}.`);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      const added = await api.journal.addSupplement({ name, defaultDose: dose, kind });
      setName('');
      setDose('');
      setError(null);
      setFocusAfterAdd(list?.length === 0 ? 'take' : 'name');
      await reload();
      onLogged(`Added ${added.name}: take it with one tap above.`);
    } catch (e) {
      setError(e instanceof ApiError && e.issues[0] ? `Name ${e.issues[0].message}.` : String(e));
    }
  }

  const addForm = (
    <>
      <form onSubmit={add} className="field-row" aria-label={words.add}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{words.name}</label>
          <input id={`${id}-name`} ref={nameInput} list={`${id}-suggest`} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} />
          <datalist id={`${id}-suggest`}>
            {words.suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={`${id}-dose`}>Usual dose</label>
          <input id={`${id}-dose`} value={dose} onChange={(e) => setDose(e.target.value)} />
        </div>
        <button type="submit">{words.button}</button>
      </form>
      <FormError text={error} />
    </>
  );

  return (
    <section className="card quick" aria-labelledby={`${id}-h`} id={words.target} ref={section}>
      <h2 id={`${id}-h`}>{words.title}</h2>
      {list === null ? null : list.length > 0 ? (
        <ul className="quick-list">
          {list.map((s, i) => {
            const today = s.lastTakenAt !== null && s.lastTakenAt >= since;
            return (
              <li key={s.id}>
                <button type="button" className={i === 0 ? 'primary' : ''} data-take-supplement={i === 0 && kind === 'supplement' ? '' : undefined} onClick={() => void take(s)}>
                  {today ? `Take ${s.name} again` : `Take ${s.name}`}
                </button>{' '}
                <span className="hint">{today ? `✓ taken today at ${clockTime(s.lastTakenAt!)}` : s.defaultDose}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">{words.empty}</p>
      )}
      {list === null ? null : list.length === 0 ? (
        addForm
      ) : (
        // Folded away once there is something to take; opened when asked for.
        <details className="add-supplement">
          <summary>{words.add}</summary>
          {addForm}
        </details>
      )}
      {shortcut && kind === 'supplement' && <p className="hint">Tip: press t to jump to your usual supplement (this shortcut can be turned off in Settings).</p>}
    </section>
  );
}

import { useEffect, useId, useMemo, useState } from 'react';
import { ENTRY_KINDS, type EntryKind } from '../../electron/api/page';
import { TimelineList } from '../journal/TimelineList';

const KIND_LABELS: Readonly<Record<EntryKind, string>> = {
  episode: 'Pain and spasms',
  activity: 'Activities',
  supplement: 'Supplements and medications',
  food: 'Food',
  'check-in': 'Check-ins',
};

/** Local midnight at the start of a `YYYY-MM-DD` date input, or undefined when empty. */
const dayStart = (value: string, plusDays = 0) => {
  if (!value) return undefined;
  const d = new Date(`${value}T00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.getTime();
};

export function JournalPage() {
  const id = useId();
  const [kinds, setKinds] = useState<EntryKind[]>([...ENTRY_KINDS]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  // Search as the person types, but not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setText(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const range = useMemo(() => ({ from: dayStart(from), to: dayStart(to, 1) }), [from, to]);
  const shown = useMemo(() => (kinds.length === ENTRY_KINDS.length ? undefined : kinds), [kinds]);

  return (
    <>
      <h1>Journal</h1>
      <form className="filters" role="search" aria-label="Filter the journal" onSubmit={(e) => e.preventDefault()}>
        <fieldset className="kinds">
          <legend>Show</legend>
          {ENTRY_KINDS.map((kind) => (
            <label key={kind} className="inline">
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => setKinds((k) => (e.target.checked ? ENTRY_KINDS.filter((x) => x === kind || k.includes(x)) : k.filter((x) => x !== kind)))}
              />{' '}
              {KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Until</label>
            <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>Search notes and tags</label>
            <input id={`${id}-text`} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </div>
        </div>
      </form>
      {kinds.length === 0 ? (
        <p className="empty">Choose at least one kind of entry to show.</p>
      ) : (
        <TimelineList
          label="Journal entries"
          range={range}
          {...(shown ? { kinds: shown } : {})}
          {...(text ? { text } : {})}
          reloadKey={0}
          showDate
          emptyText={text || from || to || shown ? 'Nothing matches these filters.' : 'Nothing logged yet. Start from Today.'}
        />
      )}
    </>
  );
}

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { RoutineSummary } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { useAsync } from '../use-async';
import { editHref, newRoutineHref, playHref } from './routine-routes';
import './routine-editor.css';

interface Status {
  text: string;
  /** The routine just deleted, which Undo brings back. */
  undo?: RoutineSummary;
}

/**
 * The Routines page: the built-in routines and the person's own, each opened by its name. A
 * built-in one is changed by editing a copy of it; the person's can be edited, copied and deleted
 * (with Undo). `notice` says what just happened elsewhere ("Saved …").
 */
export function RoutineList({ missing, notice }: { missing: string | null; notice: string | null }) {
  const api = useApi();
  const [version, setVersion] = useState(0);
  const listed = useAsync(() => api.routines.list({}), [api, version], { keepShown: true });
  const [status, setStatus] = useState<Status | null>(notice ? { text: notice } : null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const page = useRef<HTMLDivElement>(null);
  const ids = useId();
  const undo = useRef<HTMLButtonElement>(null);

  // The keyboard stays with what changed: a new copy's name, Undo after a delete, the routine back.
  useEffect(() => {
    // Once the list holds it: the list shown meanwhile is the one from before the change.
    const id = focusId;
    if (id === null || listed.status !== 'ready' || !listed.value.some((r) => r.id === id)) return;
    page.current?.querySelector<HTMLElement>(`[data-routine="${CSS.escape(id)}"]`)?.focus();
    setFocusId(null);
  }, [listed, focusId]);
  useEffect(() => {
    if (status?.undo) undo.current?.focus();
  }, [status]);

  /** Runs a change, says what it did (or why not), reloads the list and focuses `focus` in it. */
  async function act(work: () => Promise<Status & { focus?: string }>) {
    try {
      const { focus, ...done } = await work();
      setStatus(done);
      setFocusId(focus ?? null);
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error) });
    }
    setVersion((v) => v + 1);
  }

  const copy = (r: RoutineSummary) =>
    act(async () => {
      const made = await api.routines.copy({ id: r.id });
      return { text: `Made “${made.name}”, a copy of ${r.name}, under Your routines.`, focus: made.id };
    });
  const editCopy = (r: RoutineSummary) =>
    act(async () => {
      const made = await api.routines.copy({ id: r.id });
      window.location.hash = editHref(made.id);
      return { text: `Made “${made.name}” to edit.` };
    });
  const remove = (r: RoutineSummary) =>
    act(async () => {
      await api.routines.delete({ id: r.id });
      return { text: `Deleted “${r.name}”.`, undo: r };
    });
  const restore = (r: RoutineSummary) =>
    act(async () => {
      const back = await api.routines.restore({ id: r.id });
      return { text: `“${back.name}” is back.`, focus: r.id };
    });

  return (
    <div ref={page}>
      <h1>Routines</h1>
      {missing && (
        <p role="alert" className="form-error">
          That routine is not in Limber any more: it may have been deleted. Here are the ones there are.
        </p>
      )}
      <p>
        <a className="button primary" href={newRoutineHref()}>
          New routine
        </a>
      </p>
      <div className="routine-actions">
        <p role="status">{status?.text}</p>
        {status?.undo && (
          <button ref={undo} type="button" onClick={() => void restore(status.undo!)}>
            Undo<span className="visually-hidden"> deleting “{status.undo.name}”</span>
          </button>
        )}
      </div>
      <AsyncView state={listed}>
        {(routines) => {
          const own = routines.filter((r) => !r.builtIn);
          return (
            <>
              <h2 id={`${ids}-built-in`}>Routines that come with Limber</h2>
              <ul className="routine-list" aria-labelledby={`${ids}-built-in`}>
                {routines
                  .filter((r) => r.builtIn)
                  .map((r) => (
                    <RoutineCard key={r.id} routine={r}>
                      <button type="button" onClick={() => void editCopy(r)}>
                        Edit<span className="visually-hidden"> a copy of {r.name}</span>
                      </button>
                      <CopyButton routine={r} onCopy={copy} />
                    </RoutineCard>
                  ))}
              </ul>
              <h2 id={`${ids}-own`}>Your routines</h2>
              {own.length === 0 ? (
                <p className="hint">None yet: make a new one, or edit a copy of one above.</p>
              ) : (
                <ul className="routine-list" aria-labelledby={`${ids}-own`}>
                  {own.map((r) => (
                    <RoutineCard key={r.id} routine={r}>
                      <a className="button-link" href={editHref(r.id)}>
                        Edit<span className="visually-hidden"> {r.name}</span>
                      </a>
                      <CopyButton routine={r} onCopy={copy} />
                      <button type="button" onClick={() => void remove(r)}>
                        Delete<span className="visually-hidden"> {r.name}</span>
                      </button>
                    </RoutineCard>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </AsyncView>
    </div>
  );
}

function RoutineCard({ routine: r, children }: { routine: RoutineSummary; children: ReactNode }) {
  return (
    <li className="card">
      <h3>
        <a href={playHref(r.id)} data-routine={r.id}>
          {r.name}
        </a>
      </h3>
      <p>{r.summary ?? `${r.stepCount} ${r.stepCount === 1 ? 'step' : 'steps'}`}</p>
      {r.unreadable && <p className="hint">Part of this routine could not be read from your journal; what could is kept.</p>}
      <div className="routine-actions">{children}</div>
    </li>
  );
}

function CopyButton({ routine, onCopy }: { routine: RoutineSummary; onCopy(r: RoutineSummary): void }) {
  return (
    <button type="button" onClick={() => onCopy(routine)}>
      Make a copy<span className="visually-hidden"> of {routine.name}</span>
    </button>
  );
}

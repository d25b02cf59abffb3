import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../electron/api/bridge';
import type { OwnRoutine, Routine } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { EvidenceNotes } from '../components/Evidence';
import { MedicalNotice } from '../components/SafetyNotes';
import { href } from '../hash-route';
import { FollowRoutine } from '../routines/FollowRoutine';
import { ownPlay } from '../routines/plan';
import { RoutineEditor } from '../routines/RoutineEditor';
import { RoutineList } from '../routines/RoutineList';
import { RoutinePlayer } from '../routines/RoutinePlayer';
import { EDIT, editHref, NEW_ROUTINE } from '../routines/routine-routes';
import { useLogRoutine } from '../routines/use-log-routine';
import { useAsync } from '../use-async';

/** `#/routines`, a routine (`#/routines/<id>`), its editor (`…/<id>/edit`) or a new one (`…/new`). */
export function RoutinesPage({ id, sub = null }: { id: string | null; sub?: string | null }) {
  const [notice, setNotice] = useState<string | null>(null);
  // Said once on the list the editor returns to; opening anything else clears it.
  useEffect(() => {
    if (id !== null) setNotice(null);
  }, [id]);
  const saved = useCallback((routine: OwnRoutine) => {
    setNotice(`Saved “${routine.name}”.`);
    window.location.hash = href('routines');
  }, []);

  if (id === NEW_ROUTINE || (id && sub === EDIT)) return <RoutineEditor key={id} id={id === NEW_ROUTINE ? null : id} onSaved={saved} />;
  if (id) return <OpenRoutine id={id} />;
  return <RoutineList missing={null} notice={notice} />;
}

function OpenRoutine({ id }: { id: string }) {
  const api = useApi();
  const loaded = useAsync(async () => {
    const [overview, detail] = await Promise.all([
      api.advice.overview({}),
      // An id that names no routine (or could not be one) shows the list, saying so.
      api.routines.get({ id }).catch((error: unknown) => {
        if (error instanceof ApiError && (error.code === 'not-found' || error.code === 'invalid-input')) return null;
        throw error;
      }),
    ]);
    return { notice: overview.notice, detail };
  }, [api, id]);
  return (
    <AsyncView state={loaded}>
      {({ notice, detail }) => {
        if (!detail) return <RoutineList missing={id} notice={null} />;
        return detail.builtIn ? <BuiltInRoutine routine={detail.routine} notice={notice} /> : <OwnRoutineView routine={detail.routine} notice={notice} />;
      }}
    </AsyncView>
  );
}

function BuiltInRoutine({ routine, notice }: { routine: Routine; notice: string }) {
  const api = useApi();
  const item = useAsync(() => api.advice.item({ id: routine.itemId }), [api, routine.itemId]);
  const finished = useLogRoutine(routine);

  return (
    <>
      <p className="breadcrumb">
        <a href={href('routines')}>Routines</a>
      </p>
      <h1>{routine.title}</h1>
      <p>{routine.summary}</p>
      <MedicalNotice notice={notice} />
      <FollowRoutine routine={routine} onFinished={finished} />
      <AsyncView state={item}>{(i) => <EvidenceNotes evidence={i.evidence} />}</AsyncView>
    </>
  );
}

/** One of the person's routines: played like a built-in one, and logged the same way when done. */
function OwnRoutineView({ routine, notice }: { routine: OwnRoutine; notice: string }) {
  const play = useMemo(() => ownPlay(routine), [routine]);
  const finished = useLogRoutine(play);
  return (
    <>
      <p className="breadcrumb">
        <a href={href('routines')}>Routines</a>
      </p>
      <h1>{routine.name}</h1>
      <p>
        <a className="button-link" href={editHref(routine.id)}>
          Edit<span className="visually-hidden"> {routine.name}</span>
        </a>
      </p>
      {routine.unreadable && <p className="hint">Part of this routine could not be read from your journal: it plays what could be. Saving it in the editor keeps just that.</p>}
      <p className="hint">You made this routine: Limber has not checked its steps. Stop any movement that hurts.</p>
      <MedicalNotice notice={notice} />
      {routine.steps.length > 0 ? <RoutinePlayer routine={play} onFinished={finished} /> : <p className="form-error">None of this routine’s steps could be read, so there is nothing to play. Edit it to give it steps again.</p>}
    </>
  );
}

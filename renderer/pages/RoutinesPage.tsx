import type { Routine } from '../../electron/api/page';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { EvidenceNotes } from '../components/Evidence';
import { MedicalNotice } from '../components/SafetyNotes';
import { href } from '../hash-route';
import { Checklist } from '../routines/Checklist';
import { RoutinePlayer } from '../routines/RoutinePlayer';
import { useLogRoutine } from '../routines/use-log-routine';
import { useAsync } from '../use-async';

export function RoutinesPage({ id }: { id: string | null }) {
  const api = useApi();
  const overview = useAsync(() => api.advice.overview({}), [api]);
  return (
    <AsyncView state={overview}>
      {(o) => {
        const routine = id ? o.routines.find((r) => r.id === id) : undefined;
        if (routine) return <RoutineView routine={routine} notice={o.notice} />;
        return (
          <>
            <h1>Routines</h1>
            {id && (
              <p role="alert" className="form-error">
                There is no routine called “{id}”.
              </p>
            )}
            <ul className="routine-list">
              {o.routines.map((r) => (
                <li key={r.id} className="card">
                  <h2>
                    <a href={href('routines', r.id)}>{r.title}</a>
                  </h2>
                  <p>{r.summary}</p>
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </AsyncView>
  );
}

function RoutineView({ routine, notice }: { routine: Routine; notice: string }) {
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
      {routine.kind === 'checklist' ? (
        <Checklist routine={routine} onFinished={finished} />
      ) : (
        <RoutinePlayer routine={routine} onFinished={finished} />
      )}
      <AsyncView state={item}>{(i) => <EvidenceNotes evidence={i.evidence} />}</AsyncView>
    </>
  );
}

import { useCallback } from 'react';
import type { Routine } from '../../electron/core/advice/content';
import { useApi } from '../api-context';
import { AsyncView } from '../components/AsyncView';
import { EvidenceNotes } from '../components/Evidence';
import { MedicalNotice } from '../components/SafetyNotes';
import { href } from '../hash-route';
import { ACTIVITY_LABELS } from '../labels';
import { Checklist } from '../routines/Checklist';
import { ACTIVITY_FOR, minutesFor, type RoutineOutcome, type RoutineReport } from '../routines/plan';
import { RoutinePlayer } from '../routines/RoutinePlayer';
import { currentTimeZone, duration } from '../time';
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

  // Finishing a routine logs what was done in the journal, through the same contract as any other
  // entry; skipping through it logs nothing.
  const finished = useCallback(
    async ({ seconds, stepsDone, stepsSkipped }: RoutineOutcome): Promise<RoutineReport> => {
      if (stepsDone === 0) return { message: 'Nothing was logged in your journal: no step was done.' };
      const minutes = minutesFor(seconds);
      const kind = ACTIVITY_FOR[routine.kind];
      const steps = `${stepsDone} ${stepsDone === 1 ? 'step' : 'steps'} done` + (stepsSkipped > 0 ? `, ${stepsSkipped} skipped` : '');
      const activity = await api.journal.addActivity({
        startedAt: Date.now() - seconds * 1000,
        timeZone: currentTimeZone(),
        kind,
        minutes,
        note: `${routine.title} (${steps})`,
      });
      return {
        message: `Logged in your journal: ${ACTIVITY_LABELS[kind]}, ${duration(minutes)} (${steps}).`,
        undo: async () => {
          await api.journal.deleteActivity({ id: activity.id });
          return 'Removed from your journal.';
        },
      };
    },
    [api, routine],
  );

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

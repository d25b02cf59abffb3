import { Checklist } from './Checklist';
import type { Playable, RoutineOutcome, RoutineReport } from './plan';
import { RoutinePlayer } from './RoutinePlayer';

/** A routine as the person follows it: a checklist is ticked off, any other played step by step. */
export function FollowRoutine({ routine, onFinished }: { routine: Playable; onFinished(outcome: RoutineOutcome): Promise<RoutineReport> }) {
  return routine.kind === 'checklist' ? <Checklist routine={routine} onFinished={onFinished} /> : <RoutinePlayer routine={routine} onFinished={onFinished} />;
}

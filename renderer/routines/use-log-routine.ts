import { useCallback } from 'react';
import { useApi } from '../api-context';
import { ACTIVITY_LABELS } from '../labels';
import { currentTimeZone, duration } from '../time';
import { activityFor, minutesFor, type Playable, type RoutineOutcome, type RoutineReport } from './plan';

/**
 * Finishing a routine logs what was done in the journal, through the same contract as any other
 * entry, with Undo; skipping through it logs nothing. On the Routines page and the break screen.
 */
export function useLogRoutine(routine: Playable) {
  const api = useApi();
  return useCallback(
    async ({ seconds, stepsDone, stepsSkipped }: RoutineOutcome): Promise<RoutineReport> => {
      if (stepsDone === 0) return { message: 'Nothing was logged in your journal: no step was done.' };
      const minutes = minutesFor(seconds);
      const kind = activityFor(routine);
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
}

import { useEffect, useReducer } from 'react';
import type { PlannedStep } from './plan';

export interface TimerState {
  index: number;
  remaining: number;
  running: boolean;
  /** Seconds actually spent, so skipped steps do not count. */
  elapsed: number;
  /** Steps whose countdown ran out, and steps skipped (partly done or not at all). */
  completed: number;
  skipped: number;
  done: boolean;
}

/** `done` ends a counted step (it has no countdown): the person says when. */
type Action = { type: 'play' } | { type: 'pause' } | { type: 'skip' } | { type: 'done' } | { type: 'tick' } | { type: 'restart' };

function start(steps: readonly PlannedStep[]): TimerState {
  return { index: 0, remaining: steps[0]?.seconds ?? 0, running: false, elapsed: 0, completed: 0, skipped: 0, done: steps.length === 0 };
}

function advance(state: TimerState, steps: readonly PlannedStep[]): TimerState {
  const index = state.index + 1;
  if (index >= steps.length) return { ...state, running: false, done: true, remaining: 0 };
  return { ...state, index, remaining: steps[index]!.seconds };
}

/** Pure, so the whole player can be tested by dispatching actions or with fake timers. */
export function reduce(steps: readonly PlannedStep[], state: TimerState, action: Action): TimerState {
  if (action.type === 'restart') return start(steps);
  if (state.done) return state;
  switch (action.type) {
    case 'play':
      return { ...state, running: true };
    case 'pause':
      return { ...state, running: false };
    case 'skip':
      return advance({ ...state, skipped: state.skipped + 1 }, steps);
    case 'done':
      // Saying a step is done is doing the routine: the clock runs on into the next step.
      return steps[state.index]?.reps == null ? state : advance({ ...state, running: true, completed: state.completed + 1 }, steps);
    case 'tick': {
      if (!state.running) return state;
      // A counted step's time counts for the journal; only a timed step counts down.
      if (steps[state.index]?.reps != null) return { ...state, elapsed: state.elapsed + 1 };
      const ticked = { ...state, elapsed: state.elapsed + 1, remaining: state.remaining - 1 };
      return ticked.remaining <= 0 ? advance({ ...ticked, completed: ticked.completed + 1 }, steps) : ticked;
    }
  }
}

/**
 * Counts down once a second while running. An interval rather than a timeout per render, so a
 * stretch where rendering lags (a busy or backgrounded page) still counts every second.
 */
export function useRoutineTimer(steps: readonly PlannedStep[]) {
  const [state, dispatch] = useReducer((s: TimerState, a: Action) => reduce(steps, s, a), steps, start);
  const ticking = state.running && !state.done;
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => dispatch({ type: 'tick' }), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return { state, dispatch };
}

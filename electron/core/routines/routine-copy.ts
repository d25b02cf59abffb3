import type { Routine } from '../advice/content';
import { routineInputSchema, type OwnRoutine, type RoutineInput } from './own-routine';
import { ACTIVITY_FOR, DEFAULT_BREATHS, ROUTINE_LIMITS } from './routine-vocabulary';

// Copies to edit. Built-in routines stay as shipped; the person changes a copy of their own.

const named = (name: string, suffix: string) => `${name.slice(0, ROUTINE_LIMITS.name - suffix.length).trimEnd()}${suffix}`;

const { min, max } = ROUTINE_LIMITS.seconds;

/**
 * A built-in routine as the person's own. A checklist item (ticked, not timed) becomes a step done
 * once; a timed step keeps its time within what the editor allows. The breathing pacer's in and
 * out steps become one step counted in breaths: the pacer belongs to the built-in player, and a
 * list of twelve alternating steps would be a poor thing to edit.
 */
export function copyOfBuiltIn(routine: Routine): RoutineInput {
  const steps = routine.steps.flatMap((step) => {
    if (routine.kind === 'breathing' && step.id === 'exhale') return [];
    if (routine.kind === 'breathing' && step.id === 'inhale') {
      const exhale = routine.steps.find((s) => s.id === 'exhale');
      return [{ title: 'Breathe in and out', text: [step.instruction, exhale?.instruction].filter(Boolean).join(' '), seconds: null, reps: DEFAULT_BREATHS, illustration: step.illustration }];
    }
    const timed = step.seconds > 0;
    return [{ title: step.title, text: step.instruction, seconds: timed ? Math.min(max, Math.max(min, step.seconds)) : null, reps: timed ? null : 1, illustration: step.illustration }];
  });
  // Parsed, so content the editor could not save fails here (and in its test), not later.
  return routineInputSchema.parse({ name: named(routine.title, ' (my copy)'), activity: ACTIVITY_FOR[routine.kind], steps });
}

/** Another of the person's routines, as a new one (it comes from the same built-in, if any). */
export function copyOfOwn(routine: OwnRoutine): RoutineInput {
  return { name: named(routine.name, ' (copy)'), activity: routine.activity, steps: routine.steps };
}

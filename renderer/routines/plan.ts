import type { Routine, ActivityKind } from '../../electron/api/page';

export interface PlannedStep {
  key: string;
  title: string;
  instruction: string;
  seconds: number;
  /** Breathing phases drive the pacer animation. */
  phase?: 'inhale' | 'exhale';
}

export interface BreathingOptions {
  inhaleSeconds: number;
  exhaleSeconds: number;
  cycles: number;
}

export const BREATHING_LIMITS = { seconds: { min: 2, max: 10 }, cycles: { min: 2, max: 30 } } as const;

export function defaultBreathing(routine: Routine): BreathingOptions {
  const step = (id: string) => routine.steps.find((s) => s.id === id)?.seconds;
  return { inhaleSeconds: step('inhale') ?? 4, exhaleSeconds: step('exhale') ?? 6, cycles: 6 };
}

/**
 * The timed steps a routine runs through. A breathing routine's inhale and exhale steps repeat for
 * the chosen number of cycles at the chosen pace; other routines run their steps as written.
 */
export function planRoutine(routine: Routine, breathing: BreathingOptions = defaultBreathing(routine)): PlannedStep[] {
  if (routine.kind !== 'breathing') {
    return routine.steps.map((s) => ({ key: s.id, title: s.title, instruction: s.instruction, seconds: s.seconds }));
  }
  const out: PlannedStep[] = [];
  for (const step of routine.steps) {
    if (step.id === 'inhale' || step.id === 'exhale') continue;
    if (step.id === 'finish') out.push(...cycles(routine, breathing));
    out.push({ key: step.id, title: step.title, instruction: step.instruction, seconds: step.seconds });
  }
  return out;
}

function cycles(routine: Routine, { inhaleSeconds, exhaleSeconds, cycles: count }: BreathingOptions): PlannedStep[] {
  const inhale = routine.steps.find((s) => s.id === 'inhale');
  const exhale = routine.steps.find((s) => s.id === 'exhale');
  if (!inhale || !exhale) return [];
  return Array.from({ length: count }, (_, i) => [
    { key: `inhale-${i}`, title: inhale.title, instruction: inhale.instruction, seconds: inhaleSeconds, phase: 'inhale' as const },
    { key: `exhale-${i}`, title: exhale.title, instruction: exhale.instruction, seconds: exhaleSeconds, phase: 'exhale' as const },
  ]).flat();
}

/** Which kind of journal activity finishing a routine records. */
export const ACTIVITY_FOR: Readonly<Record<Routine['kind'], ActivityKind>> = {
  'warm-up': 'warm-up',
  breathing: 'breathing',
  checklist: 'other',
};

/** Whole minutes for the journal, never less than one. */
export const minutesFor = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/** What a person did in a routine, for the journal and the last screen. */
export interface RoutineOutcome {
  seconds: number;
  stepsDone: number;
  stepsSkipped: number;
}

/** What the last screen says, and how to take back what was logged. */
export interface RoutineReport {
  message: string;
  undo?: () => Promise<string>;
}

import { ACTIVITY_FOR, DEFAULT_BREATHS, type ActivityKind, type OwnRoutine, type Routine, type RoutineStep } from '../../electron/api/page';

export interface PlannedStep {
  key: string;
  title: string;
  instruction: string;
  /** How long the countdown runs; 0 for a counted step. */
  seconds: number;
  /** How many times a counted step is done (no countdown: the person says when); else null. */
  reps: number | null;
  /** Breathing phases drive the pacer animation. */
  phase?: 'inhale' | 'exhale';
  illustration?: RoutineStep['illustration'];
}

/** One of the person's own routines, as the player runs it: each step as written. */
export interface OwnPlay {
  kind: 'own';
  title: string;
  activity: ActivityKind;
  steps: readonly RoutineStep[];
}

/** What the player runs: a built-in routine (a warm-up, the breathing pacer) or one of the person's. */
export type Playable = Routine | OwnPlay;

export const ownPlay = (routine: OwnRoutine): OwnPlay => ({ kind: 'own', title: routine.name, activity: routine.activity, steps: routine.steps });

export interface BreathingOptions {
  inhaleSeconds: number;
  exhaleSeconds: number;
  cycles: number;
}

export const BREATHING_LIMITS = { seconds: { min: 2, max: 10 }, cycles: { min: 2, max: 30 } } as const;

export function defaultBreathing(routine: Playable): BreathingOptions {
  const step = (id: string) => (routine.kind === 'own' ? undefined : routine.steps.find((s) => s.id === id)?.seconds);
  return { inhaleSeconds: step('inhale') ?? 4, exhaleSeconds: step('exhale') ?? 6, cycles: DEFAULT_BREATHS };
}

/**
 * The timed steps a routine runs through. A breathing routine's inhale and exhale steps repeat for
 * the chosen number of cycles at the chosen pace; other routines run their steps as written.
 */
export function planRoutine(routine: Playable, breathing: BreathingOptions = defaultBreathing(routine)): PlannedStep[] {
  if (routine.kind === 'own') {
    return routine.steps.map((s, i) => ({ key: `step-${i}`, title: s.title, instruction: s.text, seconds: s.seconds ?? 0, reps: s.reps, illustration: s.illustration }));
  }
  if (routine.kind !== 'breathing') {
    return routine.steps.map((s) => ({ key: s.id, title: s.title, instruction: s.instruction, seconds: s.seconds, reps: null, illustration: s.illustration }));
  }
  const out: PlannedStep[] = [];
  for (const step of routine.steps) {
    if (step.id === 'inhale' || step.id === 'exhale') continue;
    if (step.id === 'finish') out.push(...cycles(routine, breathing));
    out.push({ key: step.id, title: step.title, instruction: step.instruction, seconds: step.seconds, reps: null, illustration: step.illustration });
  }
  return out;
}

function cycles(routine: Routine, { inhaleSeconds, exhaleSeconds, cycles: count }: BreathingOptions): PlannedStep[] {
  const inhale = routine.steps.find((s) => s.id === 'inhale');
  const exhale = routine.steps.find((s) => s.id === 'exhale');
  if (!inhale || !exhale) return [];
  return Array.from({ length: count }, (_, i) => [
    { key: `inhale-${i}`, title: inhale.title, instruction: inhale.instruction, seconds: inhaleSeconds, reps: null, phase: 'inhale' as const, illustration: inhale.illustration },
    { key: `exhale-${i}`, title: exhale.title, instruction: exhale.instruction, seconds: exhaleSeconds, reps: null, phase: 'exhale' as const, illustration: exhale.illustration },
  ]).flat();
}

/** Which kind of journal activity finishing a routine records: the person chose it for their own. */
export const activityFor = (routine: Playable): ActivityKind => (routine.kind === 'own' ? routine.activity : ACTIVITY_FOR[routine.kind]);

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
